// The API client against the real emulator on loopback: every call, every error kind, cancel vs timeout,
// TLS, insecure transport refusal, and that no secret reaches a log or an activity record.
#include "ApiTestSupport.h"
#include "TestCertificate.h"
#include "api/Redactor.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Railgun;
using namespace TestSupport;

namespace {
QStringList g_messages; // everything Qt logged during the test

void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}
} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("7")}};
    QNetworkAccessManager m_nam;
    RailgunApi *m_api = nullptr;
    QList<CallRecord> m_records;
    QtMessageHandler m_previousHandler = nullptr;

    // Data rows: POST and GET, each with client and partner credentials.
    static void methodAndSchemeRows()
    {
        QTest::addColumn<bool>("useGet");
        QTest::addColumn<bool>("partner");
        QTest::newRow("POST client") << false << false;
        QTest::newRow("GET client") << true << false;
        QTest::newRow("POST partner") << false << true;
        QTest::newRow("GET partner") << true << true;
    }

    RailgunApi *api(bool useGet = false, Credentials credentials = clientCredentials())
    {
        ApiOptions options;
        options.baseUrl = m_emulator.apiBase();
        options.useGet = useGet;
        options.timeoutMs = 10000;
        m_api->setOptions(options);
        m_api->setCredentials(credentials);
        return m_api;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(&error), qPrintable(error));
        m_api = new RailgunApi(&m_nam, this);
        connect(m_api, &RailgunApi::callFinished, this, [this](const CallRecord &r) { m_records.append(r); });
        m_previousHandler = qInstallMessageHandler(collectMessages);
    }

    void init() { QVERIFY(m_emulator.resetFaults()); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        // Nothing we logged or recorded may carry a secret; the secrets of this run are all known here.
        QStringList secrets{QString::fromLatin1(TestAccounts::kDemoToken),
                            QString::fromLatin1(TestAccounts::kDemoHostKey)};
        for (const QJsonValue &r : m_emulator.state().value(QStringLiteral("railguns")).toArray())
            secrets.append(r.toObject().value(QStringLiteral("rtkn")).toString());
        QStringList texts = g_messages;
        for (const CallRecord &r : std::as_const(m_records))
            texts << r.request << r.outcome << r.domain;
        QVERIFY(m_records.size() > 20);
        int hits = 0;
        for (const QString &text : std::as_const(texts)) {
            for (const QString &secret : std::as_const(secrets))
                hits += text.contains(secret) ? 1 : 0;
        }
        QCOMPARE(hits, 0);
        // The activity records did describe the requests, with the secrets masked.
        QVERIFY(std::any_of(m_records.cbegin(), m_records.cend(), [](const CallRecord &r) {
            return r.request.contains(QLatin1String("tkn=***"));
        }));
    }

    void listRailguns_data() { methodAndSchemeRows(); }
    void listRailguns()
    {
        QFETCH(bool, useGet);
        QFETCH(bool, partner);
        const ApiResult r =
            wait(api(useGet, partner ? partnerCredentials() : clientCredentials())->listRailguns());
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.action, partner ? Action::HostGetAll : Action::UserGetAll);
        const QJsonArray server = m_emulator.state().value(QStringLiteral("railguns")).toArray();
        QCOMPARE(r.railguns.size(), server.size());
        int active = 0;
        for (const RailgunInfo &info : r.railguns) {
            QVERIFY(!info.id.isEmpty());
            QVERIFY(!info.apiKey.isEmpty());
            active += info.status == QLatin1String("V") ? 1 : 0;
        }
        QCOMPARE(active, 3);
    }

    void fullCycle_data() { methodAndSchemeRows(); }
    // init → activate → conn_set → disable → enable → conn_delete → suggestion_set → ipr_set → delete,
    // asserting the server's state after each step.
    void fullCycle()
    {
        QFETCH(bool, useGet);
        QFETCH(bool, partner);
        RailgunApi *a = api(useGet, partner ? partnerCredentials() : clientCredentials());
        const QString domain = unconnectedDomain(m_emulator);
        QVERIFY(!domain.isEmpty());

        const QString pubname =
            QStringLiteral("A+B Railgun & co %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        ApiResult r = wait(a->init(QStringLiteral("rg-test"), pubname));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.created.status, QStringLiteral("INI"));
        const QString rtkn = r.created.rtkn;
        const QString id = r.created.railgunId;
        QVERIFY(!rtkn.isEmpty());
        bool found = false;
        for (const QJsonValue &v : m_emulator.state().value(QStringLiteral("railguns")).toArray()) {
            if (v.toObject().value(QStringLiteral("railgun_id")).toString() == id) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("pubname")).toString(),
                         pubname); // '+' and '&' survived
            }
        }
        QVERIFY(found);

        r = wait(a->connSet(domain, rtkn, true));
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.apiCode, QStringLiteral("E_NOT_ACTIVE"));
        QVERIFY(!m_emulator.connectionOf(domain).has_value());

        QVERIFY(m_emulator.activate(rtkn));
        r = wait(a->connSet(domain.toUpper(), rtkn, true)); // normalised before sending
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.domain, domain);
        auto conn = m_emulator.connectionOf(domain);
        QVERIFY(conn.has_value());
        QCOMPARE(conn->value(QStringLiteral("railgun_id")).toString(), id);
        QCOMPARE(conn->value(QStringLiteral("enabled")).toString(), QStringLiteral("t"));

        r = wait(a->zoneConnGetActive(domain));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(r.connection.has_value());
        QCOMPARE(r.connection->railgunId, id);
        QVERIFY(r.connection->enabled);

        r = wait(a->connSetModeDisabled(domain, rtkn));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(m_emulator.connectionOf(domain)->value(QStringLiteral("enabled")).toString(),
                 QStringLiteral("f"));
        r = wait(a->zoneConnGetActive(domain));
        QVERIFY(r.connection.has_value() && !r.connection->enabled);

        r = wait(a->connSetModeEnabled(domain, rtkn));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(m_emulator.connectionOf(domain)->value(QStringLiteral("enabled")).toString(),
                 QStringLiteral("t"));

        r = wait(a->connDelete(domain, rtkn));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(!m_emulator.connectionOf(domain).has_value());
        r = wait(a->zoneConnGetActive(domain));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(!r.connection.has_value());

        r = wait(a->suggestionSet(domain, rtkn, true)); // auto_enabled=1 connects and enables
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(m_emulator.connectionOf(domain)->value(QStringLiteral("enabled")).toString(),
                 QStringLiteral("t"));

        r = wait(a->iprSet(rtkn, {QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:db8::/112")}));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));

        r = wait(a->deleteRailgun(rtkn));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        for (const QJsonValue &v : m_emulator.state().value(QStringLiteral("railguns")).toArray()) {
            const QJsonObject obj = v.toObject();
            if (obj.value(QStringLiteral("railgun_id")).toString() == id) {
                QCOMPARE(obj.value(QStringLiteral("status")).toString(), QStringLiteral("D"));
                QCOMPARE(obj.value(QStringLiteral("ranges")).toArray().size(), 2);
            }
        }
        QVERIFY(!m_emulator.connectionOf(domain).has_value());
    }

    void userLookup()
    {
        ApiResult r = wait(
            api(false, partnerCredentials())->userLookup(QString::fromLatin1(TestAccounts::kCustomerEmail)));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(r.lookup.userExists);
        QCOMPARE(r.lookup.hostedZones.size(), 20);
        r = wait(api(false, partnerCredentials())->userLookup(QStringLiteral("nobody@example.org")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(!r.lookup.userExists);
        QVERIFY(r.lookup.hostedZones.isEmpty());
        // A client account has no host key: refused before sending.
        r = wait(api()->userLookup(QString::fromLatin1(TestAccounts::kCustomerEmail)));
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
    }

    void apiErrors()
    {
        QString activeId;
        const QString active = railgunToken(m_emulator, QStringLiteral("V"), &activeId);
        Credentials wrong = clientCredentials();
        wrong.token = QStringLiteral("not-the-token");
        ApiResult r = wait(api(false, wrong)->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.apiCode, QStringLiteral("E_UNAUTH"));
        QVERIFY(!r.error.toText().isEmpty());

        r = wait(api()->connSetModeEnabled(QStringLiteral("not-ours.example"), active));
        QCOMPARE(r.error.apiCode, QStringLiteral("E_NOT_FOUND"));

        // A domain connected to one Railgun cannot be connected to another.
        const QJsonObject conn =
            m_emulator.state().value(QStringLiteral("connections")).toArray().first().toObject();
        const QString domain = conn.value(QStringLiteral("domain")).toString();
        QString other;
        for (const QJsonValue &v : m_emulator.state().value(QStringLiteral("railguns")).toArray()) {
            const QJsonObject obj = v.toObject();
            if (obj.value(QStringLiteral("status")).toString() == QLatin1String("V") &&
                obj.value(QStringLiteral("railgun_id")) != conn.value(QStringLiteral("railgun_id")))
                other = obj.value(QStringLiteral("rtkn")).toString();
        }
        QVERIFY(!other.isEmpty());
        r = wait(api()->connSet(domain, other, true));
        QCOMPARE(r.error.apiCode, QStringLiteral("E_CONFLICT"));
        QCOMPARE(m_emulator.connectionOf(domain)->value(QStringLiteral("railgun_id")),
                 conn.value(QStringLiteral("railgun_id")));
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("space") << "exa mple.com";
        QTest::newRow("one label") << "localhost";
        QTest::newRow("empty") << "";
        QTest::newRow("url") << "http://example.com";
    }
    void invalidInputSendsNothing()
    {
        QFETCH(QString, domain);
        const int before = requestCount(m_emulator);
        const ApiResult r = wait(api()->zoneConnGetActive(domain));
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(!r.error.toText().isEmpty());
        QCOMPARE(requestCount(m_emulator), before);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("http500") << "http500" << int(ApiError::Kind::HttpStatus) << 500;
        QTest::newRow("http502") << "http502" << int(ApiError::Kind::HttpStatus) << 502;
        QTest::newRow("http503") << "http503" << int(ApiError::Kind::HttpStatus) << 503;
        QTest::newRow("reset_before") << "reset_before" << int(ApiError::Kind::ConnectionClosed) << 0;
        QTest::newRow("reset") << "reset" << int(ApiError::Kind::ConnectionClosed) << 200;
        QTest::newRow("truncated") << "truncated" << int(ApiError::Kind::ConnectionClosed) << 200;
        QTest::newRow("malformed") << "malformed" << int(ApiError::Kind::MalformedBody) << 200;
        QTest::newRow("big_body") << "big_body" << int(ApiError::Kind::MalformedBody) << 200;
        QTest::newRow("api_error") << "api_error" << int(ApiError::Kind::Api) << 200;
        QTest::newRow("api_error_int") << "api_error_int" << int(ApiError::Kind::Api) << 200;
        QTest::newRow("api_error_nomsg") << "api_error_nomsg" << int(ApiError::Kind::Api) << 200;
        QTest::newRow("rate_limited") << "rate_limited" << int(ApiError::Kind::RateLimited) << 429;
    }
    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QFETCH(int, httpStatus);
        // Qt re-sends a request once when the connection dies before any answer: fail twice for that.
        const QString times =
            kind == QLatin1String("reset_before") ? QStringLiteral("2") : QStringLiteral("1");
        QVERIFY(m_emulator.setFaults(
            {{QStringLiteral("fail_next"), times}, {QStringLiteral("fail_kind"), kind}}));
        const ApiResult r = wait(api()->zoneConnGetActive(QStringLiteral("example.com")));
        QCOMPARE(int(r.error.kind), expected);
        if (httpStatus)
            QCOMPARE(r.httpStatus, httpStatus);
        const QString text = r.error.toText();
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QLatin1String("<html"), Qt::CaseInsensitive),
                 qPrintable(text)); // no HTML dumped
        if (kind == QLatin1String("api_error_int"))
            QCOMPARE(r.error.apiCode, QStringLiteral("103"));
        if (kind == QLatin1String("rate_limited"))
            QCOMPARE(r.error.retryAfterSecs, 1);
        // The fault was one-off: the next call succeeds.
        const ApiResult next = wait(api()->zoneConnGetActive(QStringLiteral("example.com")));
        QVERIFY2(next.ok(), qPrintable(next.error.toText()));
    }

    void wrongContentTypeWithValidJsonIsAccepted()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("wrong_type")}}));
        const ApiResult r = wait(api()->zoneConnGetActive(QStringLiteral("example.com")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(r.connection.has_value() ==
                m_emulator.connectionOf(QStringLiteral("example.com")).has_value());
    }

    void rateLimitHeaders()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("rate_limit"), QStringLiteral("2")},
                                      {QStringLiteral("rate_window_ms"), QStringLiteral("5000")}}));
        QVERIFY(wait(api()->userGetAll()).ok());
        QVERIFY(wait(api()->userGetAll()).ok());
        const ApiResult r = wait(api()->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::RateLimited);
        QVERIFY(r.error.retryAfterSecs >= 1 && r.error.retryAfterSecs <= 5);
        QVERIFY(r.error.toText().contains(QString::number(r.error.retryAfterSecs)));
    }

    void slowBodyArrives()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("slow")},
                                      {QStringLiteral("slow_ms"), QStringLiteral("400")}}));
        const ApiResult r = wait(api()->userGetAll());
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(r.elapsedMs >= 300);
    }

    void timeoutIsNotCancel_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("hang") << "hang";
        QTest::newRow("slow body past the timeout") << "slow";
    }
    void timeoutIsNotCancel()
    {
        QFETCH(QString, kind);
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), kind},
                                      {QStringLiteral("slow_ms"), QStringLiteral("5000")}}));
        RailgunApi *a = api();
        ApiOptions options = a->options();
        options.timeoutMs = 300;
        a->setOptions(options);
        const ApiResult r = wait(a->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        QVERIFY(r.error.toText() != cancelled.toText());
    }

    void cancel()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("hang")}}));
        ApiReply *reply = api()->userGetAll();
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &ApiReply::finished);
        QTimer::singleShot(100, reply, &ApiReply::cancel);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->result().error.kind, ApiError::Kind::Cancelled);
        reply->cancel(); // a second cancel does nothing
        QCOMPARE(spy.count(), 1);
        delete reply;
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/railgun/").arg(port));
        m_api->setOptions(options);
        m_api->setCredentials(clientCredentials());
        const ApiResult r = wait(m_api->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::ConnectionRefused);
    }

    void insecureHttpRefused()
    {
        ApiOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://railgun.example.invalid/api/v2/railgun/"));
        m_api->setOptions(options);
        m_api->setCredentials(clientCredentials());
        ApiResult r = wait(m_api->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::InsecureTransport);
        QVERIFY(!RailgunApi::isSecureOrLoopback(options.baseUrl));
        QVERIFY(RailgunApi::isSecureOrLoopback(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
        QVERIFY(RailgunApi::isSecureOrLoopback(QUrl(QStringLiteral("http://[::1]:1/"))));
        QVERIFY(RailgunApi::isSecureOrLoopback(QUrl(QStringLiteral("https://www.cloudflare.com/"))));
    }

    // The one base-URL check: what passes (normalised with a trailing '/'), and the kind of each refusal.
    void baseUrlCheck_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("normalized");
        const auto ok = ApiError::Kind::None;
        const auto invalid = ApiError::Kind::InvalidInput;
        const auto insecure = ApiError::Kind::InsecureTransport;
        QTest::newRow("https") << "https://www.cloudflare.com/api/v2/railgun/" << false << ok
                               << "https://www.cloudflare.com/api/v2/railgun/";
        QTest::newRow("slash added") << "https://h.example/api/v2/railgun" << false << ok
                                     << "https://h.example/api/v2/railgun/";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/v2/railgun/" << false << ok
                                       << "http://127.0.0.1:8080/api/v2/railgun/";
        QTest::newRow("http ::1") << "http://[::1]:8080/x/" << false << ok << "http://[::1]:8080/x/";
        QTest::newRow("http localhost") << "http://localhost/x/" << false << ok << "http://localhost/x/";
        QTest::newRow("http elsewhere") << "http://railgun.example/x/" << false << insecure << "";
        QTest::newRow("http elsewhere, allowed")
            << "http://railgun.example/x/" << true << ok << "http://railgun.example/x/";
        QTest::newRow("ftp") << "ftp://railgun.example/x/" << true << invalid << "";
        QTest::newRow("relative") << "api/v2/railgun/" << false << invalid << "";
        QTest::newRow("no host") << "https:///api/v2/railgun/" << false << invalid << "";
        QTest::newRow("query") << "https://h.example/x/?a=1" << false << invalid << "";
        QTest::newRow("fragment") << "https://h.example/x/#top" << false << invalid << "";
        QTest::newRow("user name") << "https://me:pw@h.example/x/" << false << invalid << "";
        QTest::newRow("empty") << "" << false << invalid << "";
    }
    void baseUrlCheck()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, normalized);
        QUrl out(QStringLiteral("https://untouched.example/"));
        const ApiError e = RailgunApi::checkBaseUrl(QUrl(url, QUrl::StrictMode), allowInsecure, &out);
        QCOMPARE(e.kind, kind);
        if (kind == ApiError::Kind::None) {
            QCOMPARE(out.toString(), normalized);
        } else {
            QVERIFY(!e.toText().isEmpty());
            QCOMPARE(out.toString(), QStringLiteral("https://untouched.example/"));
        }
    }

    // send() refuses what the check refuses, before anything goes out.
    void sendChecksTheBaseUrl()
    {
        const int before = m_emulator.state()
                               .value(QLatin1String("stats"))
                               .toObject()
                               .value(QLatin1String("requests"))
                               .toInt();
        ApiOptions options;
        QUrl base = m_emulator.apiBase();
        base.setUserName(QStringLiteral("someone"));
        options.baseUrl = base;
        m_api->setOptions(options);
        m_api->setCredentials(clientCredentials());
        const ApiResult r = wait(m_api->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QVERIFY(r.error.toText().contains(QLatin1String("user name")));
        QCOMPARE(m_emulator.state()
                     .value(QLatin1String("stats"))
                     .toObject()
                     .value(QLatin1String("requests"))
                     .toInt(),
                 before);
    }

    void tls()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TestCertificate::makeSelfSigned(dir.path(), &cert, &key, &error), qPrintable(error));

        EmulatorProcess secure(
            {QStringLiteral("--demo"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(secure.start(&error), qPrintable(error));
        QCOMPARE(secure.url().scheme(), QStringLiteral("https"));

        ApiOptions options;
        options.baseUrl = secure.apiBase();
        m_api->setOptions(options);
        m_api->setCredentials(clientCredentials());
        ApiResult r = wait(m_api->userGetAll());
        QCOMPARE(r.error.kind, ApiError::Kind::Tls); // self-signed: refused by default
        QVERIFY(!r.error.toText().isEmpty());

        options.extraCaCertificates = QSslCertificate::fromPath(cert);
        QCOMPARE(options.extraCaCertificates.size(), 1);
        m_api->setOptions(options);
        m_nam.clearAccessCache();
        r = wait(m_api->userGetAll());
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.railguns.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
