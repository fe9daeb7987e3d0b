// The emulator's fault kinds, rate limit, latency, seed determinism and concurrency, as a raw client
// sees them on the wire; whether the action was applied is checked through /_emulator/state.
#include "ApiCall.h"
#include "EmulatorProcess.h"
#include "RawExchange.h"
#include "TestAccounts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

using namespace TestAccounts;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void failKinds_data();
    void failKinds();
    void qnamSeesHttpErrors();
    void failActionsFilter();
    void rateLimit();
    void latency();
    void seedDeterminism();
    void concurrentRequests();

private:
    QByteArray connSetForm(const QString &domain) const;
    QString freshDomain();
    QList<bool> failurePattern(EmulatorProcess *emu, int requests);

    std::unique_ptr<EmulatorProcess> m_emu;
    QStringList m_fresh;
    QString m_rtkn;
};

void TestEmulatorFaults::initTestCase()
{
    m_emu = std::make_unique<EmulatorProcess>();
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    const QJsonObject state = m_emu->state();
    QSet<QString> connected;
    for (const QJsonValue &c : state.value(QLatin1String("connections")).toArray())
        connected.insert(c.toObject().value(QLatin1String("domain")).toString());
    for (const QJsonValue &d : state.value(QLatin1String("accounts"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("domains"))
                                   .toArray()) {
        if (!connected.contains(d.toString()))
            m_fresh.append(d.toString());
    }
    m_rtkn = state.value(QLatin1String("railguns"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("rtkn"))
                 .toString();
    QVERIFY(!m_rtkn.isEmpty());
}

void TestEmulatorFaults::init()
{
    QVERIFY(m_emu->resetFaults());
}

QString TestEmulatorFaults::freshDomain()
{
    return m_fresh.isEmpty() ? QString() : m_fresh.takeFirst();
}

QByteArray TestEmulatorFaults::connSetForm(const QString &domain) const
{
    return TestForm::encode({{QStringLiteral("email"), QLatin1String(kDemoEmail)},
                             {QStringLiteral("tkn"), QLatin1String(kDemoToken)},
                             {QStringLiteral("z"), domain},
                             {QStringLiteral("rtkn"), m_rtkn},
                             {QStringLiteral("mode"), QStringLiteral("1")}});
}

void TestEmulatorFaults::failKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("applied");
    for (const char *k : {"http500", "http502", "http503", "reset_before", "hang", "api_error",
                          "api_error_int", "api_error_nomsg", "rate_limited"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
    for (const char *k : {"malformed", "truncated", "reset", "slow", "wrong_type", "big_body"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
}

void TestEmulatorFaults::failKinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, applied);
    const int slowMs = 600;
    QVERIFY(m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                              {QStringLiteral("fail_kind"), kind},
                              {QStringLiteral("slow_ms"), QString::number(slowMs)}}));
    const QString domain = freshDomain();
    QVERIFY(!domain.isEmpty());
    const RawExchange x = RawExchange::run(
        m_emu->url(),
        RawExchange::post(m_emu->url(), QStringLiteral("/api/v2/railgun/conn_set"), connSetForm(domain)),
        kind == QLatin1String("hang") ? 1500 : 10000);
    const QJsonDocument doc = QJsonDocument::fromJson(x.body());

    if (kind.startsWith(QLatin1String("http5"))) {
        QCOMPARE(x.status(), kind.mid(4).toInt());
        QCOMPARE(x.header("Content-Type"), QByteArray("text/html"));
        QVERIFY(x.body().contains("<html>"));
        QVERIFY(doc.isNull());
    } else if (kind == QLatin1String("reset_before")) {
        QVERIFY(x.data.isEmpty());
        QVERIFY(x.closedByPeer || x.error != QAbstractSocket::UnknownSocketError);
        QVERIFY(!x.timedOut);
    } else if (kind == QLatin1String("hang")) {
        QVERIFY(x.timedOut);
        QVERIFY(x.data.isEmpty());
        QVERIFY(!x.closedByPeer);
    } else if (kind == QLatin1String("api_error")) {
        QCOMPARE(x.status(), 200);
        QCOMPARE(doc.object().value(QLatin1String("err_code")).toString(), QStringLiteral("E_INTERNAL"));
        QCOMPARE(doc.object().value(QLatin1String("msg")).toString(), QStringLiteral("Injected failure"));
    } else if (kind == QLatin1String("api_error_int")) {
        QVERIFY(doc.object().value(QLatin1String("err_code")).isDouble());
        QCOMPARE(doc.object().value(QLatin1String("err_code")).toInt(), 103);
    } else if (kind == QLatin1String("api_error_nomsg")) {
        QCOMPARE(doc.object().keys(), (QStringList{QStringLiteral("response"), QStringLiteral("result")}));
        QCOMPARE(doc.object().value(QLatin1String("result")).toString(), QStringLiteral("error"));
    } else if (kind == QLatin1String("rate_limited")) {
        QCOMPARE(x.status(), 429);
        QCOMPARE(x.header("Retry-After"), QByteArray("1"));
        QCOMPARE(doc.object().value(QLatin1String("result")).toString(), QStringLiteral("error"));
    } else if (kind == QLatin1String("malformed")) {
        QCOMPARE(x.status(), 200);
        QCOMPARE(x.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!x.body().isEmpty());
        QVERIFY(doc.isNull());
    } else if (kind == QLatin1String("truncated")) {
        QCOMPARE(x.status(), 200);
        QVERIFY(x.closedByPeer);
        QVERIFY(x.body().size() < x.contentLength());
        QVERIFY(x.body().size() > 0);
    } else if (kind == QLatin1String("reset")) {
        QCOMPARE(x.status(), 200);
        QVERIFY(x.body().size() < x.contentLength());
        QVERIFY(x.error != QAbstractSocket::UnknownSocketError || x.closedByPeer);
        QVERIFY(!x.timedOut);
    } else if (kind == QLatin1String("slow")) {
        QCOMPARE(x.status(), 200);
        QCOMPARE(x.body().size(), x.contentLength());
        QCOMPARE(doc.object().value(QLatin1String("result")).toString(), QStringLiteral("success"));
        QVERIFY2(x.elapsedMs >= slowMs * 8 / 10, qPrintable(QString::number(x.elapsedMs)));
    } else if (kind == QLatin1String("wrong_type")) {
        QCOMPARE(x.header("Content-Type"), QByteArray("text/html"));
        QCOMPARE(doc.object().value(QLatin1String("result")).toString(), QStringLiteral("success"));
    } else if (kind == QLatin1String("big_body")) {
        QCOMPARE(x.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(x.body().size() > 1500 * 1024);
        QCOMPARE(doc.object().value(QLatin1String("result")).toString(), QStringLiteral("success"));
    } else {
        QFAIL("unknown kind");
    }

    QCOMPARE(m_emu->connectionOf(domain).has_value(), applied);
    // fail_next=1 is used up: the next call is answered normally.
    const ApiAnswer next =
        ApiCall::send(m_emu->apiBase().resolved(QUrl(QStringLiteral("conn_set"))), connSetForm(domain), true);
    QCOMPARE(next.result(), QStringLiteral("success"));
    QVERIFY(m_emu->connectionOf(domain).has_value());
}

void TestEmulatorFaults::qnamSeesHttpErrors()
{
    QVERIFY(m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                              {QStringLiteral("fail_kind"), QStringLiteral("http503")}}));
    const Fields auth{{QStringLiteral("email"), QLatin1String(kDemoEmail)},
                      {QStringLiteral("tkn"), QLatin1String(kDemoToken)}};
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), auth);
    QCOMPARE(a.status, 503);
    QCOMPARE(a.error, QNetworkReply::ServiceUnavailableError);
    QVERIFY(m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                              {QStringLiteral("fail_kind"), QStringLiteral("truncated")}}));
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), auth);
    QVERIFY(a.error != QNetworkReply::NoError);
}

void TestEmulatorFaults::failActionsFilter()
{
    QVERIFY(m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                              {QStringLiteral("fail_kind"), QStringLiteral("api_error")},
                              {QStringLiteral("fail_actions"), QStringLiteral("conn_set,user_lookup")}}));
    const Fields auth{{QStringLiteral("email"), QLatin1String(kDemoEmail)},
                      {QStringLiteral("tkn"), QLatin1String(kDemoToken)}};
    QCOMPARE(ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), auth).result(),
             QStringLiteral("success"));
    const QUrl gw = m_emu->url().resolved(QUrl(QStringLiteral("host-gw.html")));
    const QByteArray lookup =
        TestForm::encode({{QStringLiteral("act"), QStringLiteral("user_lookup")},
                          {QStringLiteral("host_key"), QLatin1String(kDemoHostKey)},
                          {QStringLiteral("cloudflare_email"), QLatin1String(kCustomerEmail)}});
    QCOMPARE(ApiCall::send(gw, lookup, false).errCode(), QStringLiteral("E_INTERNAL"));
    QCOMPARE(ApiCall::send(gw, lookup, false).result(), QStringLiteral("success"));
}

void TestEmulatorFaults::rateLimit()
{
    QVERIFY(m_emu->setFaults({{QStringLiteral("rate_limit"), QStringLiteral("3")},
                              {QStringLiteral("rate_window_ms"), QStringLiteral("1500")}}));
    const Fields auth{{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)}};
    for (int i = 0; i < 3; ++i) {
        const ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), auth);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(a.header("x-ratelimit-remaining").toInt(), 2 - i);
        QVERIFY(a.header("x-ratelimit-reset").toInt() >= 1);
    }
    const ApiAnswer limited = ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), auth);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.error, QNetworkReply::UnknownContentError);
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 2);
    QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(limited.result(), QStringLiteral("error"));
    // The limit is per account: another account's requests are counted on their own.
    const Fields client{{QStringLiteral("email"), QLatin1String(kDemoEmail)},
                        {QStringLiteral("tkn"), QLatin1String(kDemoToken)}};
    const ApiAnswer other = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), client);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.header("x-ratelimit-remaining").toInt(), 2);
    // Admin endpoints are never limited.
    QVERIFY(!m_emu->state().isEmpty());
    // A new window lets requests through again.
    QTRY_COMPARE_WITH_TIMEOUT(ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), auth).status,
                              200, 5000);
}

void TestEmulatorFaults::latency()
{
    QVERIFY(m_emu->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("300")}}));
    const Fields auth{{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)}};
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), auth);
    QCOMPARE(a.result(), QStringLiteral("success"));
    QVERIFY2(a.elapsedMs >= 300, qPrintable(QString::number(a.elapsedMs)));
    QVERIFY(m_emu->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("200")},
                              {QStringLiteral("jitter_ms"), QStringLiteral("100")}}));
    for (int i = 0; i < 3; ++i) {
        a = ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), auth);
        QVERIFY2(a.elapsedMs >= 100, qPrintable(QString::number(a.elapsedMs)));
    }
    // Admin calls are not delayed.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!m_emu->state().isEmpty());
    QVERIFY(clock.elapsed() < 100);
}

QList<bool> TestEmulatorFaults::failurePattern(EmulatorProcess *emu, int requests)
{
    QList<bool> pattern;
    const Fields auth{{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)}};
    for (int i = 0; i < requests; ++i)
        pattern.append(ApiCall::action(emu->apiBase(), QStringLiteral("host_get_all"), auth).result() ==
                       QLatin1String("error"));
    return pattern;
}

void TestEmulatorFaults::seedDeterminism()
{
    const Fields knobs{{QStringLiteral("fail_rate"), QStringLiteral("0.5")},
                       {QStringLiteral("fail_kind"), QStringLiteral("api_error")}};
    QVERIFY(m_emu->setFaults(knobs + Fields{{QStringLiteral("seed"), QStringLiteral("7")}}));
    const QList<bool> first = failurePattern(m_emu.get(), 24);
    QVERIFY(first.contains(true) && first.contains(false));
    QVERIFY(m_emu->setFaults(Fields{{QStringLiteral("reset"), QStringLiteral("1")},
                                    {QStringLiteral("seed"), QStringLiteral("7")}} +
                             knobs));
    QCOMPARE(failurePattern(m_emu.get(), 24), first);
    QVERIFY(m_emu->setFaults(knobs + Fields{{QStringLiteral("seed"), QStringLiteral("8")}}));
    QVERIFY(failurePattern(m_emu.get(), 24) != first);

    // The same knobs on the command line give the same faults.
    EmulatorProcess other({QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("7"),
                           QStringLiteral("--fail_rate"), QStringLiteral("0.5"),
                           QStringLiteral("--fail_kind"), QStringLiteral("api_error")});
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    QCOMPARE(failurePattern(&other, 24), first);
}

void TestEmulatorFaults::concurrentRequests()
{
    // 300 clients at once (a little latency so they really overlap): every one gets a full answer.
    QVERIFY(m_emu->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("50")}}));
    constexpr int kClients = 300;
    const QByteArray form = TestForm::encode({{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)},
                                              {QStringLiteral("z"), QStringLiteral("example.com")}});
    const QByteArray request =
        RawExchange::post(m_emu->url(), QStringLiteral("/api/v2/railgun/zone_conn_get_active"), form);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> received(kClients);
    int ok = 0;
    for (int i = 0; i < kClients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, i, &received] { received[i] += s->readAll(); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [i, &received, &ok] {
            RawExchange x;
            x.data = received[i];
            if (x.status() == 200 && x.body().size() == x.contentLength() &&
                QJsonDocument::fromJson(x.body()).object().value(QLatin1String("result")).toString() ==
                    QLatin1String("success"))
                ++ok;
        });
        s->connectToHost(m_emu->url().host(), quint16(m_emu->url().port()));
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, kClients, 30000);
    const qint64 counted = m_emu->state()
                               .value(QLatin1String("stats"))
                               .toObject()
                               .value(QLatin1String("by_action"))
                               .toObject()
                               .value(QLatin1String("zone_conn_get_active"))
                               .toInteger();
    QVERIFY(counted >= kClients);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
