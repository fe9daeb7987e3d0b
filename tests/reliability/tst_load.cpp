// Load: 100 concurrent clients × 200 requests against one emulator with no errors and a consistent
// state (each client toggles its own domain and reads back what it wrote), then BulkRunner with
// concurrency 32 over 1,000 items loses nothing.
#include "ApiTestSupport.h"
#include "ReliabilitySupport.h"
#include "TestSession.h"
#include "TestTmp.h"
#include "bulk/BulkRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Railgun;
using namespace Reliability;

namespace {
constexpr int kDomains = 1000;
constexpr int kClients = 100;
constexpr int kRequestsPerClient = 200;
const char kEmail[] = "load@example.org";
const char kToken[] = "load-token-9c2d7e1f3a5b4c6d";
const char kUserId[] = "60";

// The load account's credentials on `api`, against `base`, with a 30 s timeout.
void useLoadAccount(RailgunApi &api, const QUrl &base)
{
    ApiOptions options;
    options.baseUrl = base;
    options.timeoutMs = 30000;
    api.setOptions(options);
    Credentials c;
    c.email = QLatin1String(kEmail);
    c.token = QLatin1String(kToken);
    api.setCredentials(c);
}
} // namespace

// One client: its own QNetworkAccessManager and RailgunApi, one request at a time on its own domain.
// Even requests write (enable/disable, alternating), odd ones read back and check the last write.
class LoadClient final : public QObject
{
public:
    LoadClient(const QUrl &base, const QString &domain, const QString &rtkn, int phase)
        : m_api(&m_nam)
        , m_domain(domain)
        , m_rtkn(rtkn)
        , m_phase(phase)
    {
        useLoadAccount(m_api, base);
    }

    void start() { next(); }
    bool done() const { return m_sent == kRequestsPerClient && !m_inFlight; }
    int errors() const { return m_errors; }
    int inconsistencies() const { return m_inconsistencies; }
    int sent() const { return m_sent; }
    bool lastWrite() const { return m_lastWrite; }
    QString firstProblem() const { return m_problem; }
    QString domain() const { return m_domain; }

private:
    void next()
    {
        if (m_sent == kRequestsPerClient)
            return;
        const int k = m_sent++;
        m_inFlight = true;
        ApiReply *reply = nullptr;
        bool wrote = false;
        if (k % 2 == 0) {
            wrote = ((k / 2 + m_phase) % 2) == 0;
            reply = wrote ? m_api.connSetModeEnabled(m_domain, m_rtkn)
                          : m_api.connSetModeDisabled(m_domain, m_rtkn);
        } else {
            reply = m_api.zoneConnGetActive(m_domain);
        }
        connect(reply, &ApiReply::finished, this, [this, k, wrote](const ApiResult &r) {
            m_inFlight = false;
            if (!r.ok()) {
                ++m_errors;
                if (m_problem.isEmpty())
                    m_problem = QStringLiteral("%1 #%2: %3").arg(m_domain).arg(k).arg(r.error.toText());
            } else if (k % 2 == 0) {
                m_lastWrite = wrote;
            } else if (!r.connection || r.connection->enabled != m_lastWrite) {
                ++m_inconsistencies;
                if (m_problem.isEmpty())
                    m_problem = QStringLiteral("%1 #%2: read back another state").arg(m_domain).arg(k);
            }
            next();
        });
    }

    QNetworkAccessManager m_nam;
    RailgunApi m_api;
    QString m_domain;
    QString m_rtkn;
    int m_phase = 0;
    int m_sent = 0;
    bool m_inFlight = false;
    bool m_lastWrite = true;
    int m_errors = 0;
    int m_inconsistencies = 0;
    QString m_problem;
};

class TestLoad : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<EmulatorProcess> m_emulator;
    QStringList m_domains;

    static QString rtknFor(int domainIndex)
    {
        return QStringLiteral("b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b%1").arg(domainIndex % 3);
    }

private slots:
    void initTestCase()
    {
        m_tmp = TestTmp::create();
        QVERIFY(m_tmp && m_tmp->isValid());
        for (int i = 0; i < kDomains; ++i)
            m_domains.append(QStringLiteral("load-%1.example.net").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(m_tmp->filePath(QStringLiteral("load-fixture.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            fixtureJson(m_domains, QLatin1String(kEmail), QLatin1String(kToken), QLatin1String(kUserId)));
        file.close();
        m_emulator = std::make_unique<EmulatorProcess>(
            QStringList{QStringLiteral("--fixture"), file.fileName(), QStringLiteral("--quiet")});
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        QCOMPARE(connectionsOf(m_emulator->state()).size(), kDomains);
        // The fixture's tokens are the ones rtknFor() assumes.
        QCOMPARE(rtknOf(m_emulator->state(), QStringLiteral("51")), rtknFor(1));
    }

    void hundredClients()
    {
        const int requestsBefore = m_emulator->state()
                                       .value(QLatin1String("stats"))
                                       .toObject()
                                       .value(QLatin1String("requests"))
                                       .toInt();
        std::vector<std::unique_ptr<LoadClient>> clients;
        for (int i = 0; i < kClients; ++i)
            clients.push_back(
                std::make_unique<LoadClient>(m_emulator->apiBase(), m_domains.at(i), rtknFor(i), i));
        QElapsedTimer clock;
        clock.start();
        for (auto &c : clients)
            c->start();
        const auto allDone = [&] {
            return std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) { return c->done(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 120000);
        const qint64 ms = clock.elapsed();

        int errors = 0, inconsistent = 0, sent = 0;
        QString problem;
        for (const auto &c : clients) {
            errors += c->errors();
            inconsistent += c->inconsistencies();
            sent += c->sent();
            if (problem.isEmpty())
                problem = c->firstProblem();
        }
        qInfo("load: %d clients x %d requests = %d requests in %.1f s (%.0f/s), %d errors, %d inconsistent "
              "reads",
              kClients, kRequestsPerClient, sent, ms / 1000.0, sent * 1000.0 / qMax<qint64>(1, ms), errors,
              inconsistent);
        QCOMPARE(sent, kClients * kRequestsPerClient);
        QVERIFY2(errors == 0, qPrintable(problem));
        QVERIFY2(inconsistent == 0, qPrintable(problem));

        // The server counted every request once, and each domain holds its client's last write.
        const QJsonObject state = m_emulator->state();
        QCOMPARE(state.value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInt() -
                     requestsBefore,
                 kClients * kRequestsPerClient);
        const auto conns = connectionsOf(state);
        QCOMPARE(conns.size(), kDomains);
        for (const auto &c : clients) {
            QVERIFY(conns.contains(c->domain()));
            QVERIFY2(conns.value(c->domain()).enabled == c->lastWrite(), qPrintable(c->domain()));
        }
    }

    void bulkThroughOneSession()
    {
        QNetworkAccessManager nam;
        RailgunApi probe(&nam);
        useLoadAccount(probe, m_emulator->apiBase());
        SessionConfig config =
            TestSession::config(m_emulator->apiBase(), probe.credentials(), SessionConfig::kMaxConcurrency);
        config.options.timeoutMs = 30000;
        AccountSession session(config, &nam);

        // Disable every domain that is enabled now, enable the others: 1,000 writes, one per domain.
        const auto before = connectionsOf(m_emulator->state());
        QList<BulkItem> items;
        QHash<QString, bool> wanted;
        for (int i = 0; i < kDomains; ++i) {
            const bool enable = !before.value(m_domains.at(i)).enabled;
            wanted.insert(m_domains.at(i), enable);
            items.append(BulkItem{m_domains.at(i),
                                  enable ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled,
                                  rtknFor(i),
                                  false,
                                  {},
                                  {}});
        }
        BulkRunner runner(&session);
        QList<int> finishedCount(kDomains, 0);
        int maxInFlight = 0;
        int notOk = 0;
        connect(&runner, &BulkRunner::itemStarted, this,
                [&](int) { maxInFlight = qMax(maxInFlight, session.inFlightCount()); });
        connect(&runner, &BulkRunner::itemFinished, this, [&](int index, const ApiResult &r) {
            ++finishedCount[index];
            notOk += r.ok() ? 0 : 1;
        });
        QSignalSpy done(&runner, &BulkRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(items);
        QVERIFY(done.wait(120000));
        qInfo("bulk: %d items at concurrency 6 in %.1f s, at most %d in flight, %d not ok", kDomains,
              clock.elapsed() / 1000.0, maxInFlight, notOk);
        QCOMPARE(done.count(), 1);
        QCOMPARE(finishedCount, QList<int>(kDomains, 1)); // every item exactly once
        QCOMPARE(notOk, 0);
        QCOMPARE(runner.doneCount(), kDomains);
        QCOMPARE(runner.failedCount(), 0);
        QVERIFY(maxInFlight <= SessionConfig::kMaxConcurrency); // never more than Qt opens to one host
        QVERIFY(maxInFlight > 1);                               // really concurrent
        const auto after = connectionsOf(m_emulator->state());
        QCOMPARE(after.size(), kDomains);
        for (const QString &d : std::as_const(m_domains))
            QVERIFY2(after.value(d).enabled == wanted.value(d), qPrintable(d));
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
