#include "storage/Account.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

namespace Railgun {

ApiOptions Account::apiOptions(QString *error) const
{
    ApiOptions options;
    options.baseUrl = baseUrl;
    options.useGet = useGet;
    options.timeoutMs = timeoutMs;
    options.allowInsecureHttp = allowInsecureHttp;
    if (error)
        error->clear();
    if (caCertificateFile.isEmpty())
        return options;

    const QFileInfo info(caCertificateFile);
    QString why;
    if (!info.exists()) {
        why = QCoreApplication::translate("Railgun::Account", "The CA certificate file %1 does not exist.")
                  .arg(caCertificateFile);
    } else if (!info.isFile() || !info.isReadable()) {
        why = QCoreApplication::translate("Railgun::Account", "The CA certificate file %1 cannot be read.")
                  .arg(caCertificateFile);
    } else {
        const auto syntax = QSslCertificate::PatternSyntax::FixedString;
        QList<QSslCertificate> certificates = QSslCertificate::fromPath(caCertificateFile, QSsl::Pem, syntax);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(caCertificateFile, QSsl::Der, syntax);
        if (certificates.isEmpty()) {
            why = QCoreApplication::translate("Railgun::Account",
                                              "The file %1 holds no PEM or DER certificate.")
                      .arg(caCertificateFile);
        } else {
            options.extraCaCertificates = certificates;
        }
    }
    if (error)
        *error = why;
    return options;
}

Credentials Account::credentials(const QString &secret) const
{
    Credentials c;
    c.kind = kind;
    if (kind == Credentials::Kind::Client) {
        c.email = email;
        c.token = secret;
    } else {
        c.hostKey = secret;
    }
    return c;
}

} // namespace Railgun
