#include "TestCertificate.h"

#include <QProcess>

namespace TestCertificate {

bool makeSelfSigned(const QString &dir, QString *certPath, QString *keyPath, QString *error)
{
    *certPath = dir + QStringLiteral("/cert.pem");
    *keyPath = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), *keyPath, QStringLiteral("-out"), *certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req -x509 failed: ") +
                 QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace TestCertificate
