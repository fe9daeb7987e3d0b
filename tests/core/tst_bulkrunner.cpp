// The bulk engine against the real emulator: every item ends exactly once, 429s are waited out,
// reads are retried and changes are not, cancel leaves the server and the results in agreement.
#include "ApiTestSupport.h"
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
    RailgunApi *m_api = nullptr;

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
                items.append({conn.value(QStringLiteral("domain")).toString(), action,
                              tokens.value(conn.value(QStringLiteral("railgun_id")).toString())});
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
        m_api = new RailgunApi(&m_nam, this);
        ApiOptions options;
        options.baseUrl = m_emulator.apiBase();
        m_api->setOptions(options);
        m_api->setCredentials(clientCredentials());
    }

    void init() { QVERIFY(m_emulator.resetFaults()); }

    void readsEveryDomainOnce()
    {
        const QStringList domains = demoDomains(80);
        QCOMPARE(domains.size(), 80);
        QList<BulkItem> items;
        for (const QString &d : domains)
            items.append({d, Action::ZoneConnGetActive});
        BulkRunner runner(m_api);
        runner.setConcurrency(8);
        QSignalSpy itemFinished(&runner, &BulkRunner::itemFinished);
        int maxInFlight = 0;
        connect(&runner, &BulkRunner::itemStarted, this,
                [&] { maxInFlight = qMax(maxInFlight, runner.inFlightCount()); });
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(itemFinished.count(), 80);
        QVERIFY(maxInFlight <= 8);
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
        BulkRunner runner(m_api);
        QSignalSpy finished(&runner, &BulkRunner::finished);
        runner.start({});
        QVERIFY(finished.wait(2000));
        QCOMPARE(runner.total(), 0);
    }

    void rateLimitIsWaitedOut()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("rate_limit"), QStringLiteral("10")},
                                      {QStringLiteral("rate_window_ms"), QStringLiteral("1000")}}));
        QList<BulkItem> items;
        for (const QString &d : demoDomains(30))
            items.append({d, Action::ZoneConnGetActive});
        BulkRunner runner(m_api);
        runner.setConcurrency(6);
        QSignalSpy limited(&runner, &BulkRunner::rateLimited);
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QVERIFY(limited.count() > 0);      // the server did push back...
        QCOMPARE(runner.failedCount(), 0); // ...and nothing failed because of it
        QCOMPARE(runner.doneCount(), 30);
    }

    void pacingAvoidsTheLimit()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("rate_limit"), QStringLiteral("6")},
                                      {QStringLiteral("rate_window_ms"), QStringLiteral("1000")}}));
        QList<BulkItem> items;
        for (const QString &d : demoDomains(12))
            items.append({d, Action::ZoneConnGetActive});
        BulkRunner runner(m_api);
        runner.setConcurrency(4);
        runner.setRequestsPerSecond(4);
        QSignalSpy limited(&runner, &BulkRunner::rateLimited);
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(limited.count(), 0);
        QCOMPARE(runner.failedCount(), 0);
    }

    void readsAreRetriedChangesAreNot()
    {
        BulkRunner runner(m_api);
        runner.setConcurrency(1);
        runner.setBackoffBaseMs(20);
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("2")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("http503")}}));
        runner.start({{QStringLiteral("example.com"), Action::ZoneConnGetActive}});
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.results().at(0).ok(), qPrintable(runner.results().at(0).error.toText()));

        const QList<BulkItem> change = connectedItems(Action::ConnSetModeEnabled, 1);
        QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                                      {QStringLiteral("fail_kind"), QStringLiteral("http503")}}));
        const int before = requestCount(m_emulator);
        runner.start(change);
        QVERIFY(runToEnd(runner));
        QCOMPARE(runner.results().at(0).error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(runner.failedCount(), 1);
        QCOMPARE(requestCount(m_emulator), before + 1); // sent once, not repeated
    }

    void cancelMidway()
    {
        QVERIFY(m_emulator.setFaults({{QStringLiteral("latency_ms"), QStringLiteral("30")}}));
        const QList<BulkItem> items = connectedItems(Action::ConnSetModeDisabled, 50);
        QCOMPARE(items.size(), 50);
        BulkRunner runner(m_api);
        runner.setConcurrency(4);
        QSignalSpy itemFinished(&runner, &BulkRunner::itemFinished);
        connect(&runner, &BulkRunner::itemFinished, &runner, [&runner] {
            if (runner.doneCount() == 10)
                runner.cancel();
        });
        runner.start(items);
        QVERIFY(runToEnd(runner));
        QCOMPARE(itemFinished.count(), 50); // every item ended exactly once
        QVERIFY(runner.cancelledCount() > 0);
        QVERIFY(runner.cancelledCount() < 40);
        // What the runner reports equals what the server holds, item by item.
        for (int i = 0; i < items.size(); ++i) {
            const ApiResult &r = runner.results().at(i);
            const auto server = m_emulator.connectionOf(items.at(i).domain);
            QVERIFY(server.has_value());
            const bool disabled = server->value(QStringLiteral("enabled")).toString() == QLatin1String("f");
            if (r.ok())
                QVERIFY2(disabled, qPrintable(items.at(i).domain));
            else
                QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
