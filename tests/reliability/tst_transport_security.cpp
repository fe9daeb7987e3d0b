// Transport security against the real emulator: TLS is verified (a self-signed server is refused unless
// the account names its CA), plain http:// leaves this computer only with consent, and redirects never
// carry the credentials to another host nor down to http.
#include "ApiTestSupport.h"
#include "ReliabilitySupport.h"
#include "TestCertificate.h"
#include "TestTmp.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Railgun;
using namespace Reliability;

// A "host" that only records what reaches it: connections and bytes.
class Eavesdropper final : public QObject
{
public:
    Eavesdropper()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { m_bytes += s->readAll(); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    QByteArray bytes() const { return m_bytes; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_bytes;
};

class TestTransportSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_cert;
    QString m_key;
    QList<QSslCertificate> m_ca;

    static ApiResult call(const QUrl &base, const QList<QSslCertificate> &ca = {}, bool allowHttp = false)
    {
        QNetworkAccessManager nam; // fresh: no TLS decision or connection is reused between cases
        RailgunApi api(&nam);
        ApiOptions options;
        options.baseUrl = base;
        options.timeoutMs = 5000;
        options.extraCaCertificates = ca;
        options.allowInsecureHttp = allowHttp;
        api.setOptions(options);
        api.setCredentials(TestSupport::clientCredentials());
        return TestSupport::wait(api.userGetAll());
    }

    static QString tokenText() { return QString::fromLatin1(TestAccounts::kDemoToken); }

private slots:
    void initTestCase()
    {
        m_tmp = TestTmp::create();
        QVERIFY(m_tmp && m_tmp->isValid());
        QString error;
        QVERIFY2(TestCertificate::makeSelfSigned(m_tmp->path(), &m_cert, &m_key, &error), qPrintable(error));
        m_ca = QSslCertificate::fromPath(m_cert);
        QCOMPARE(m_ca.size(), 1);
    }

    void selfSignedRefusedUnlessItsCaIsNamed()
    {
        EmulatorProcess secure({QStringLiteral("--demo"), QStringLiteral("--tls-cert"), m_cert,
                                QStringLiteral("--tls-key"), m_key});
        QString error;
        QVERIFY2(secure.start(&error), qPrintable(error));
        secure.setTrustedCertificates(m_ca);
        const int requestsBefore =
            secure.state().value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInt();

        const ApiResult refused = call(secure.apiBase());
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
        const QString text = refused.error.toText();
        QVERIFY2(text.contains(QLatin1String("certificate")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     text.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(text)); // the reason Qt gave, in words
        QVERIFY(!text.contains(tokenText()));
        // Refused before any request: the server counted nothing.
        QCOMPARE(
            secure.state().value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInt(),
            requestsBefore);

        const ApiResult trusted = call(secure.apiBase(), m_ca);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.toText()));
        QCOMPARE(trusted.railguns.size(), 4);

        // Another CA does not help.
        QString otherCert, otherKey;
        const QString otherDir = m_tmp->filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(otherDir));
        QVERIFY2(TestCertificate::makeSelfSigned(otherDir, &otherCert, &otherKey, &error), qPrintable(error));
        const ApiResult wrongCa = call(secure.apiBase(), QSslCertificate::fromPath(otherCert));
        QCOMPARE(wrongCa.error.kind, ApiError::Kind::Tls);
    }

    void plainHttpToAnotherHostIsNotSent()
    {
        // A routable test address (TEST-NET-1): refused before anything is sent, so no timeout either.
        const QUrl remote(QStringLiteral("http://192.0.2.1:9/api/v2/railgun/"));
        const ApiResult refused = call(remote);
        QCOMPARE(refused.error.kind, ApiError::Kind::InsecureTransport);
        QVERIFY(refused.elapsedMs < 1000);
        QVERIFY(!refused.error.toText().isEmpty());
        QCOMPARE(refused.httpStatus, 0);

        // With consent it is sent: a local eavesdropper reached through a non-loopback *name* is not
        // possible without DNS, so check consent on the same address with a short timeout instead.
        QNetworkAccessManager nam;
        RailgunApi api(&nam);
        ApiOptions options;
        options.baseUrl = remote;
        options.allowInsecureHttp = true;
        options.timeoutMs = 300;
        api.setOptions(options);
        api.setCredentials(TestSupport::clientCredentials());
        const ApiResult sent = TestSupport::wait(api.userGetAll());
        QVERIFY2(sent.error.kind != ApiError::Kind::InsecureTransport, qPrintable(sent.error.toText()));

        // Loopback over http needs no consent.
        EmulatorProcess plain;
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        QVERIFY(call(plain.apiBase()).ok());
    }

    void redirectToAnotherHostIsNotFollowed_data()
    {
        QTest::addColumn<bool>("useGet");
        QTest::newRow("POST") << false;
        QTest::newRow("GET") << true; // the credentials would be in the URL
    }
    void redirectToAnotherHostIsNotFollowed()
    {
        QFETCH(bool, useGet);
        Eavesdropper other;
        QVERIFY(other.listen());
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));
        QVERIFY(emulator.setFaults(
            {{QStringLiteral("fail_kind"), QStringLiteral("redirect_other_host")},
             {QStringLiteral("fail_next"), QStringLiteral("10")},
             {QStringLiteral("redirect_to"), QStringLiteral("http://127.0.0.1:%1").arg(other.port())}}));
        QNetworkAccessManager nam;
        RailgunApi api(&nam);
        ApiOptions options;
        options.baseUrl = emulator.apiBase();
        options.timeoutMs = 3000;
        options.useGet = useGet;
        api.setOptions(options);
        api.setCredentials(TestSupport::clientCredentials());
        for (ApiReply *reply : {api.userGetAll(), api.zoneConnGetActive(QStringLiteral("example.com"))}) {
            const ApiResult r = TestSupport::wait(reply);
            QCOMPARE(r.error.kind, ApiError::Kind::InsecureTransport);
            QVERIFY(r.error.toText().contains(QLatin1String("redirect")));
        }
        // No follow-up connection arrives at the other host (it would have come before finished()).
        QVERIFY(!QTest::qWaitFor([&other] { return other.connections() > 0; }, 300));
        QCOMPARE(other.connections(), 0);
        QVERIFY(!other.bytes().contains(QByteArray(TestAccounts::kDemoToken)));

        // Same host and port is followed (an ordinary relocation of the API). Only checked for GET: a
        // 302 turns a POST into a GET without its form (Qt, as browsers do), and the server says so.
        if (!useGet)
            return;
        QVERIFY(emulator.setFaults({{QStringLiteral("reset"), QStringLiteral("1")},
                                    {QStringLiteral("fail_kind"), QStringLiteral("redirect_other_host")},
                                    {QStringLiteral("fail_next"), QStringLiteral("1")},
                                    {QStringLiteral("redirect_to"), emulator.url().toString()}}));
        const ApiResult relocated = TestSupport::wait(api.userGetAll());
        QVERIFY2(relocated.ok(), qPrintable(relocated.error.toText()));
    }

    void redirectFromHttpsToHttpIsRefused()
    {
        EmulatorProcess secure({QStringLiteral("--demo"), QStringLiteral("--tls-cert"), m_cert,
                                QStringLiteral("--tls-key"), m_key, QStringLiteral("--fail_kind"),
                                QStringLiteral("redirect_http"), QStringLiteral("--fail_next"),
                                QStringLiteral("100")});
        QString error;
        QVERIFY2(secure.start(&error), qPrintable(error));
        const ApiResult r = call(secure.apiBase(), m_ca);
        QCOMPARE(r.error.kind, ApiError::Kind::InsecureTransport);
        QVERIFY(!r.error.toText().isEmpty());
        // The emulator counted the one https request and nothing arrived over http (it would be a
        // second request: http on a TLS port is not even a valid request, but it must not be tried).
        secure.setTrustedCertificates(m_ca);
        QCOMPARE(
            secure.state().value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transport_security.moc"
