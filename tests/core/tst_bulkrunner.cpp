// The bulk engine through an account session against the real emulator: every item ends exactly once, 429s
// are waited out (and the whole account waits), reads are retried and changes are not, cancel leaves the
// server and the results in agreement, a call cancelled after a 429 counts as not sent, one call per domain.
#include "ApiTestSupport.h"
#include "TestSession.h"
#include "bulk/BulkRunner.h"

#include <QJsonArray>

using namespace Railgun;
using namespace TestSupport;

class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;
    QNetworkAccessManager m_nam;

    std::unique_ptr<AccountSession> session(int concurrency = 4)
    {
        return TestSession::make(&m_nam, m_emulator.apiBase(), clientCredentials(), concurrency);
    }

    QStringList demoDomains(int count) const
    {
        QStringList out;
        for (const QJsonValue &a : m_emulator.state().value(QStringLiteral("accounts")).toArray()) {
            if (a.toObject().value(QStringLiteral("email")).toString() !=
                QLatin1String(TestAccounts::kDemoEmail))
                continue;
            for (const QJsonValue &d : a.toObject().value(QStringLiteral("domains")).toArray()) {
                if (out.size() < count)
                    out.append(d.toString());
            }
        }
        return out;
    }

    // Connected domains with the rtkn of their Railgun.
    QList<BulkItem> connectedItems(Action action, int count) const
    {
        const QJsonObject state = m_emulator.state();
        QHash<QString, QString> tokens;
        for (const QJsonValue &r : state.value(QStringLiteral("railguns")).toArray())
            tokens.insert(r.toObject().value(QStringLiteral("railgun_id")).toString(),
                          r.toObject().value(QStringLiteral("rtkn")).toString());
        QList<BulkItem> items;
        for (const QJsonValue &c : state.value(QStringLiteral("connections")).toArray()) {
            const QJsonObject conn = c.toObject();
            if (items.size() < count)
                items.append({conn.value(QStringLiteral("domain")).toString(),
                              action,
                              tokens.value(conn.value(QStringLiteral("railgun_id")).toString()),
                              false,
                              {},
                              {}});
        }
        return items;
    }

    static bool runToEnd(BulkRunner &runner, int timeoutMs = 60000)
    {
        QSignalSpy finished(&runner, &BulkRunner::finished);
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(&error), qPrintable(error));
    }

    void init() { QVERIFY(m_emulator.resetFaults()); }

    void readsEveryDomainOnce()
    {
        const QStringList domains = demoDomains(80);
        QCOMPARE(domains.size(), 80);
        QList<BulkItem> items;
        for (const QString &d : domains)
            items.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        auto s = session(6);
        BulkRunner runner(s.get());
        QSignalSpy itemFinished(&runner, &BulkRunner::itemFinished);
        int maxInFlight = 0;
        connect(&runner, &BulkRunner::itemStarted, this,
                [&] { maxInFlight = qMax(maxInFlight, s->inFlightCount()); });
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(itemFinished.count(), 80);
        QVERIFY(maxInFlight <= 6);
        QVERIFY(maxInFlight >= 2);
        QCOMPARE(runner.failedCount(), 0);
        QSet<int> seen;
        for (const QList<QVariant> &args : itemFinished)
            seen.insert(args.at(0).toInt());
        QCOMPARE(seen.size(), 80);
        // Every answer equals the server's state.
        for (int i = 0; i < domains.size(); ++i) {
            const ApiResult &r = runner.results().at(i);
            const auto server = m_emulator.connectionOf(domains.at(i));
            QCOMPARE(r.connection.has_value(), server.has_value());
            if (server)
                QCOMPARE(r.connection->enabled,
                         server->value(QStringLiteral("enabled")).toString() == QLatin1String("t"));
        }
    }

    void emptyRunFinishes()
    {
        auto s = session();
        BulkRunner runner(s.get());
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start({});
        QVERIFY(finished.wait(2000));
        QCOMPARE(runner.total(), 0);
    }

    void rateLimitIsWaitedOut()
    {
        // Three 429s without rate headers: the account waits each out, nothing fails.
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("3")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("rate_limited")}}));
        QList<BulkItem> items;
        for (const QString &d : demoDomains(30))
            items.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        auto s = session(6);
        BulkRunner runner(s.get());
        QSignalSpy paused(s.get(), &AccountSession::paused);
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QVERIFY(paused.count() > 0);       // the server did push back...
        QCOMPARE(runner.failedCount(), 0); // ...and nothing failed because of it
        QCOMPARE(runner.doneCount(), 30);
        QCOMPARE(s->rateLimitedCount(), 3);
    }

    void serverHeadersAreFollowed()
    {
        // The server allows 10 per second and says so in its headers; an account without a budget of its
        // own adopts it: nothing fails, and the server barely has to refuse anything.
        QVERIFY(m_emulator.setFaults({{QStringLiteral("rate_limit"), QStringLiteral("10")},
                                      {QStringLiteral("rate_window_ms"), QStringLiteral("1000")}}));
        QList<BulkItem> items;
        for (const QString &d : demoDomains(30))
            items.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        auto s = session(6);
        BulkRunner runner(s.get());
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.failedCount(), 0);
        QCOMPARE(runner.doneCount(), 30);
        QVERIFY2(s->rateLimitedCount() <= 6, qPrintable(QString::number(s->rateLimitedCount())));
        QCOMPARE(s->budget().limit().requests, 10);
    }

    void budgetAvoidsTheLimit()
    {
        // The server allows 6 per second; the account's budget says 6 per second too: it stays below.
        QVERIFY(m_emulator.setFaults({{QStringLiteral("rate_limit"), QStringLiteral("6")},
                                      {QStringLiteral("rate_window_ms"), QStringLiteral("1000")}}));
        QList<BulkItem> items;
        for (const QString &d : demoDomains(12))
            items.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        SessionConfig config = TestSession::config(m_emulator.apiBase(), clientCredentials(), 4);
        config.rateLimit = {6, 1};
        AccountSession s(config, &m_nam);
        BulkRunner runner(&s);
        QSignalSpy paused(&s, &AccountSession::paused);
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(paused.count(), 0);
        QCOMPARE(s.rateLimitedCount(), 0);
        QCOMPARE(runner.failedCount(), 0);
    }

    void readsAreRetriedChangesAreNot()
    {
        auto s = session(1);
        BulkRunner runner(s.get());
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("2")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("http503")}}));
        runner.start({{QStringLiteral("example.com"), Action::ZoneConnGetActive, {}, false, {}, {}}});
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.results().at(0).ok(), qPrintable(runner.results().at(0).error.toText()));

        const QList<BulkItem> change = connectedItems(Action::ConnSetModeEnabled, 1);
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("http503")}}));
        const int before = requestCount(m_emulator);
        BulkRunner second(s.get());
        second.start(change);
        QVERIFY(runToEnd(second));
        QCOMPARE(second.results().at(0).error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(second.failedCount(), 1);
        QCOMPARE(requestCount(m_emulator), before + 1); // sent once, not repeated
    }

    void cancelMidway()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("latency_ms"), QStringLiteral("30")}}));
        const QList<BulkItem> items = connectedItems(Action::ConnSetModeDisabled, 50);
        QCOMPARE(items.size(), 50);
        auto s = session(4);
        BulkRunner runner(s.get());
        QSignalSpy itemFinished(&runner, &BulkRunner::itemFinished);
        connect(&runner, &BulkRunner::itemFinished, &runner, [&runner] {
            if (runner.doneCount() == 10)
                runner.cancel();
        });
        const int before = requestCount(m_emulator);
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(itemFinished.count(), 50); // every item ended exactly once
        QVERIFY(runner.cancelledCount() > 0);
        QVERIFY(runner.cancelledCount() < 40);
        // What the runner reports equals what the server holds, item by item, and what it says it never
        // sent the server never saw.
        QCOMPARE(requestCount(m_emulator) - before, 50 - runner.cancelledCount());
        for (int i = 0; i < items.size(); ++i) {
            const ApiResult &r = runner.results().at(i);
            const auto server = m_emulator.connectionOf(items.at(i).domain);
            QVERIFY(server.has_value());
            const bool disabled = server->value(QStringLiteral("enabled")).toString() == QLatin1String("f");
            if (r.ok()) {
                QVERIFY2(disabled, qPrintable(items.at(i).domain));
            } else {
                QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
                QVERIFY(!runner.wasSent(i));
            }
        }
        // Put the server back for the next tests.
        QList<BulkItem> enable = items;
        for (BulkItem &item : enable)
            item.action = Action::ConnSetModeEnabled;
        BulkRunner restore(s.get());
        restore.start(enable);
        QVERIFY(runToEnd(restore));
    }

    void cancelledAfter429CountsAsNotSent()
    {
        // Every call answers 429 with a long Retry-After: the account waits; cancel then ends them all
        // as never sent (the server took none of them), not as failures.
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1000")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("rate_limited")},
                                      {QStringLiteral("retry_after"), QStringLiteral("30")}}));
        const QList<BulkItem> items = connectedItems(Action::ConnSetModeDisabled, 5);
        auto s = session(1);
        BulkRunner runner(s.get());
        QSignalSpy paused(s.get(), &AccountSession::paused);
        runner.start(items);
        QVERIFY(paused.wait(10000));
        QVERIFY(runner.isRunning());
        runner.cancel();
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.cancelledCount(), 5);
        QCOMPARE(runner.failedCount(), 0);
        QCOMPARE(s->rateLimitedCount(), 1); // one went out, was refused, and was not sent again
        QVERIFY(m_emulator.resetFaults());
        for (const BulkItem &item : items) {
            const auto server = m_emulator.connectionOf(item.domain);
            QVERIFY(server.has_value());
            QCOMPARE(server->value(QStringLiteral("enabled")).toString(), QStringLiteral("t")); // unchanged
        }
    }

    void oneCallPerDomainAtATime()
    {
        // Three calls for one domain and reads of others: the domain's calls never overlap, and go out in
        // the order they were submitted within the batch.
        QVERIFY(m_emulator.setFaults({{QStringLiteral("latency_ms"), QStringLiteral("20")}}));
        QList<BulkItem> items = connectedItems(Action::ConnSetModeDisabled, 1);
        QCOMPARE(items.size(), 1);
        const BulkItem disable = items.first();
        BulkItem enable = disable;
        enable.action = Action::ConnSetModeEnabled;
        BulkItem read{disable.domain, Action::ZoneConnGetActive, {}, false, {}, {}};
        items = {disable, read, enable};
        for (const QString &d : demoDomains(7)) {
            if (d != disable.domain && items.size() < 9)
                items.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        }
        auto s = session(6);
        BulkRunner runner(s.get());
        int inFlightForDomain = 0;
        int maxForDomain = 0;
        QList<int> order;
        connect(&runner, &BulkRunner::itemStarted, this, [&](int i) {
            if (items.at(i).domain == disable.domain) {
                maxForDomain = qMax(maxForDomain, ++inFlightForDomain);
                order.append(i);
            }
        });
        connect(&runner, &BulkRunner::itemFinished, this, [&](int i) {
            if (items.at(i).domain == disable.domain)
                --inFlightForDomain;
        });
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.failedCount(), 0);
        QCOMPARE(maxForDomain, 1);
        QCOMPARE(order, (QList<int>{0, 1, 2}));
        QCOMPARE(runner.results().at(1).connection->enabled, false); // the read saw the disable
        const auto server = m_emulator.connectionOf(disable.domain);
        QCOMPARE(server->value(QStringLiteral("enabled")).toString(), QStringLiteral("t"));
    }

    void newerUserBatchGoesFirst()
    {
        // A background refresh of 40 rows is queued; a user's batch submitted afterwards goes out before
        // the rest of it.
        auto s = session(1);
        QList<BulkItem> reads;
        for (const QString &d : demoDomains(40))
            reads.append({d, Action::ZoneConnGetActive, {}, false, {}, {}});
        BulkRunner background(s.get());
        background.setLane(BulkRunner::Lane::Background);
        background.start(reads);
        BulkRunner user(s.get());
        const QList<BulkItem> change = connectedItems(Action::ConnSetModeEnabled, 2);
        int backgroundDoneWhenUserFinished = -1;
        connect(&user, &BulkRunner::finished, this,
                [&] { backgroundDoneWhenUserFinished = background.doneCount(); });
        user.start(change);
        QVERIFY(runToEnd(user));
        QVERIFY(runToEnd(background));
        QCOMPARE(user.failedCount(), 0);
        QVERIFY2(backgroundDoneWhenUserFinished < 5,
                 qPrintable(QString::number(backgroundDoneWhenUserFinished)));
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
