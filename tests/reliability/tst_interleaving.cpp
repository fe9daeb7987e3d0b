// Random interleavings of everything a person does with the table — toggles, bulk enable/disable/connect/
// disconnect, refreshes, cancels and account switches between two accounts — under latency jitter and a few
// faults, against two real emulators. After every round, once everything is quiet: no row is pending, the
// table equals the current account's server, and a session left behind by a switch sent nothing more.
// RAILGUN_TEST_SEED replays a run (the seed is printed first).
#include "FlowRig.h"
#include "ReliabilitySupport.h"
#include "TestTmp.h"
#include "api/RailgunApi.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "session/AccountSession.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Railgun;
using namespace Reliability;
using FlowRig::Account;

namespace {
constexpr int kDomains = 30;
constexpr int kRounds = 28;
constexpr quint32 kDefaultSeed = 20261202;
const QStringList kFaultKinds{QStringLiteral("http500"), QStringLiteral("http503"), QStringLiteral("reset"),
                              QStringLiteral("truncated"), QStringLiteral("malformed")};
} // namespace

class TestInterleaving : public QObject
{
    Q_OBJECT

private:
    // A session the controller was moved away from, and what it and its server had at that moment.
    struct Retired
    {
        std::unique_ptr<AccountSession> session;
        std::unique_ptr<ReplyTap> tap;
        int account = 0;
        qint64 sentAtSwitch = 0;
        int inFlightAtSwitch = 0;
        int serverRequestsAtSwitch = 0;
        // Sent by the sessions of the same account that came after it.
        QList<AccountSession *> later;
    };

    std::unique_ptr<QTemporaryDir> m_tmp;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Account> m_accounts[2];
    QStringList m_domains;
    std::unique_ptr<DomainTableModel> m_model;
    std::unique_ptr<RailgunListModel> m_railguns;
    std::unique_ptr<DomainController> m_controller;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<ReplyTap> m_tap;
    int m_current = 0;
    std::vector<Retired> m_retired;
    QRandomGenerator m_random;
    int m_racingToggles = 0; // toggles of a row with a call on its way

    Account &current() { return *m_accounts[m_current]; }

    std::unique_ptr<AccountSession> newSession(int account)
    {
        return std::make_unique<AccountSession>(m_accounts[account]->config(3), &m_nam);
    }

    void switchTo(int account)
    {
        Retired old;
        old.account = m_current;
        old.sentAtSwitch = m_session->sentCount();
        old.inFlightAtSwitch = m_session->inFlightCount();
        auto session = newSession(account);
        // As the app does: the controller moves first, the list follows.
        m_controller->setSession(session.get());
        m_model->setDomains(m_domains);
        old.serverRequestsAtSwitch = m_accounts[old.account]->requests();
        old.session = std::move(m_session);
        old.tap = std::move(m_tap);
        for (Retired &r : m_retired) {
            if (r.account == account)
                r.later.append(session.get());
        }
        m_retired.push_back(std::move(old));
        m_session = std::move(session);
        m_tap = std::make_unique<ReplyTap>(m_session->api());
        m_current = account;
    }

    // Domains with a call on its way (only reads of rows not pending: what a toggle can race): where the
    // races are.
    QStringList onTheirWay(bool readsOfSettledRows = false) const
    {
        QStringList out;
        for (const ReplyTap::Call &c : m_tap->calls()) {
            if (c.finished || c.domain.isEmpty())
                continue;
            const auto row = m_model->rowFor(c.domain);
            if (!readsOfSettledRows || (c.action == Action::ZoneConnGetActive && row && !row->pending &&
                                        row->state == DomainTableModel::ConnectionState::Connected))
                out.append(c.domain);
        }
        return out;
    }

    // A domain, most of the time one with a call on its way.
    QString someDomain(bool readsOfSettledRows = false)
    {
        const QStringList busy = onTheirWay(readsOfSettledRows);
        if (!busy.isEmpty() && m_random.bounded(4) != 0)
            return busy.at(int(m_random.bounded(int(busy.size()))));
        return m_domains.at(int(m_random.bounded(kDomains)));
    }

    QStringList someDomains()
    {
        QStringList out;
        const int n = int(m_random.bounded(1, 12));
        for (int i = 0; i < n; ++i)
            out.append(someDomain());
        out.removeDuplicates();
        return out;
    }

    // Lets `calls` more calls finish (or everything go quiet): the next action lands somewhere in the flow.
    void letRun(int calls)
    {
        if (calls == 0)
            return;
        QSignalSpy finished(m_session->api(), &RailgunApi::callFinished);
        // Only where the next action lands: a timeout is as good an outcome as the calls finishing.
        (void)QTest::qWaitFor(
            [&] {
                return finished.size() >= calls ||
                       (m_session->isIdle() && !m_controller->isBusy() && !m_controller->isRefreshing());
            },
            10000);
    }

    QString act()
    {
        const int pick = int(m_random.bounded(100));
        if (pick < 30) {
            // During a refresh, wait for one of its reads to race.
            if (m_controller->isRefreshing()) // no read on its way in time: the toggle simply does not race
                (void)QTest::qWaitFor(
                    [this] { return !onTheirWay(true).isEmpty() || !m_controller->isRefreshing(); }, 2000);
            const QString d = someDomain(true);
            const bool racing = onTheirWay(true).contains(d);
            if (m_controller->toggleEnabled(d) && racing)
                ++m_racingToggles;
            return QStringLiteral("toggle ") + d;
        }
        if (pick < 44) {
            const bool enable = m_random.bounded(2) == 0;
            const QStringList ds = someDomains();
            enable ? m_controller->enable(ds) : m_controller->disable(ds);
            return QStringLiteral("%1 %2").arg(enable ? QStringLiteral("enable") : QStringLiteral("disable"),
                                               ds.join(QLatin1Char(',')));
        }
        if (pick < 51) {
            const QString railgun = QString::number(50 + m_random.bounded(3));
            const bool enableNow = m_random.bounded(2) == 0;
            const QStringList ds = someDomains();
            m_controller->connectTo(ds, railgun, enableNow);
            return QStringLiteral("connect %1 to %2").arg(ds.join(QLatin1Char(',')), railgun);
        }
        if (pick < 57) {
            const QStringList ds = someDomains();
            m_controller->disconnect(ds);
            return QStringLiteral("disconnect ") + ds.join(QLatin1Char(','));
        }
        if (pick < 78) {
            m_controller->refresh();
            return QStringLiteral("refresh");
        }
        if (pick < 85) {
            m_controller->cancel();
            return QStringLiteral("cancel");
        }
        if (pick < 93) {
            m_controller->cancelRefresh();
            return QStringLiteral("cancel refresh");
        }
        switchTo(1 - m_current);
        setFaults(current());
        return QStringLiteral("switch to %1").arg(m_current);
    }

    bool setFaults(Account &account)
    {
        return account.emulator->setFaults(
            {{QStringLiteral("reset"), QStringLiteral("1")},
             {QStringLiteral("latency_ms"), QString::number(m_random.bounded(2, 15))},
             {QStringLiteral("jitter_ms"), QString::number(m_random.bounded(0, 60))},
             {QStringLiteral("fail_rate"), QStringLiteral("0.03")},
             {QStringLiteral("fail_kind"), kFaultKinds.at(int(m_random.bounded(int(kFaultKinds.size()))))},
             {QStringLiteral("seed"), QString::number(m_random.generate() % 1000000)}});
    }

    // Rows that show a state (not unknown) must show the server's; pending rows are a failure.
    QString shownMismatch(const QHash<QString, ServerConnection> &server) const
    {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const DomainTableModel::Row &row = m_model->rowAt(r);
            if (row.pending)
                return row.domain + QStringLiteral(": still pending");
            if (row.state == DomainTableModel::ConnectionState::Unknown)
                continue;
            const bool connected = row.state == DomainTableModel::ConnectionState::Connected;
            const auto it = server.constFind(row.domain);
            if (connected != (it != server.cend()) ||
                (connected && (row.railgunId != it->railgunId || row.enabled != it->enabled)))
                return row.domain + QStringLiteral(": the table shows what the server does not have (") +
                       row.lastMessage + QLatin1Char(')');
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        bool fromEnv = false;
        const quint32 seed = qEnvironmentVariableIntValue("RAILGUN_TEST_SEED", &fromEnv);
        const quint32 used = fromEnv ? seed : kDefaultSeed;
        qInfo("seed %u (replay with RAILGUN_TEST_SEED=%u)", used, used);
        m_random.seed(used);

        m_tmp = TestTmp::create();
        QVERIFY(m_tmp && m_tmp->isValid());
        m_domains = FlowRig::domainNames(QStringLiteral("mix"), kDomains);
        // Two accounts with the same domain names and different states: a late answer of one shows in the
        // other's rows.
        m_accounts[0] =
            FlowRig::startAccount(*m_tmp, QStringLiteral("alpha"), m_domains, [](int i, QJsonObject &c) {
                if (i % 5 == 0)
                    c.insert(QStringLiteral("enabled"), QStringLiteral("f"));
                return true;
            });
        m_accounts[1] =
            FlowRig::startAccount(*m_tmp, QStringLiteral("beta"), m_domains, [](int i, QJsonObject &c) {
                if (i % 3 == 0)
                    c.insert(QStringLiteral("enabled"), QStringLiteral("f"));
                return i % 7 != 0;
            });
        QVERIFY(m_accounts[0] && m_accounts[1]);
        m_model = std::make_unique<DomainTableModel>();
        m_railguns = std::make_unique<RailgunListModel>();
        m_controller = std::make_unique<DomainController>(m_model.get(), m_railguns.get());
        m_session = newSession(0);
        m_tap = std::make_unique<ReplyTap>(m_session->api());
        m_controller->setSession(m_session.get());
        m_model->setDomains(m_domains);
    }

    void cleanupTestCase()
    {
        if (m_controller)
            m_controller->setSession(nullptr);
        m_retired.clear();
        m_tap.reset();
        m_session.reset();
    }

    void randomRounds()
    {
        QElapsedTimer clock;
        clock.start();
        int switches = 0;
        for (int round = 0; round < kRounds; ++round) {
            QVERIFY(setFaults(current()));
            QStringList log;
            const int actions = int(m_random.bounded(3, 9));
            for (int a = 0; a < actions; ++a) {
                log.append(act());
                switches += log.last().startsWith(QLatin1String("switch")) ? 1 : 0;
                letRun(int(m_random.bounded(0, 6)));
            }
            const QString where =
                QStringLiteral("round %1: %2").arg(round).arg(log.join(QStringLiteral("; ")));

            // Everything answered (faults still on), then the faults go and the rows nobody could
            // confirm are read once more.
            QVERIFY2(waitQuiet(*m_controller, *m_tap), qPrintable(where));
            QVERIFY(m_accounts[0]->emulator->resetFaults());
            QVERIFY(m_accounts[1]->emulator->resetFaults());
            QCOMPARE(shownMismatch(current().connections()), QString());
            QStringList unknown;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->rowAt(r).state == DomainTableModel::ConnectionState::Unknown)
                    unknown.append(m_model->rowAt(r).domain);
            }
            if (!unknown.isEmpty()) {
                if (m_railguns->rowCount() == 0) {
                    m_controller->refresh(); // a new account: its Railguns too
                } else {
                    m_controller->refreshDomains(unknown);
                }
                QVERIFY2(waitQuiet(*m_controller, *m_tap), qPrintable(where));
            }
            QVERIFY2(!FlowRig::anyPending(*m_model), qPrintable(where));
            const QString mismatch = tableMismatch(*m_model, current().connections());
            QVERIFY2(mismatch.isEmpty(), qPrintable(where + QStringLiteral(" -> ") + mismatch));

            // The sessions left behind: nothing more went out, and their servers heard nothing from them.
            for (Retired &r : m_retired) {
                QVERIFY2(r.session->sentCount() == r.sentAtSwitch, qPrintable(where));
                qint64 later = 0;
                for (AccountSession *s : std::as_const(r.later))
                    later += s->sentCount();
                QVERIFY2(m_accounts[r.account]->requests() <=
                             r.serverRequestsAtSwitch + r.inFlightAtSwitch + later,
                         qPrintable(where));
            }
            m_retired.clear();
        }
        qInfo("%d rounds, %d switches, %d toggles of a row with a call on its way, in %lld ms", kRounds,
              switches, m_racingToggles, qlonglong(clock.elapsed()));
        QVERIFY(switches > 0);
    }
};

QTEST_GUILESS_MAIN(TestInterleaving)
#include "tst_interleaving.moc"
