// The races of the per-account request flow (AccountSession + DomainController), each provoked on purpose
// against the real emulator: a toggle during a refresh, a read sent before a write, a huge Retry-After, an
// account switch while a re-read is on its way, a cancel while the Railguns are being listed and a cancel
// after a 429. Every test ends with the server's own state (and its request counts), not the client's.
#include "FlowRig.h"
#include "ReliabilitySupport.h"
#include "TestTmp.h"
#include "api/ApiError.h"
#include "api/RailgunApi.h"
#include "bulk/RateBudget.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "session/AccountSession.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Railgun;
using namespace Reliability;
using FlowRig::Account;

namespace {
const QString kGetActive = QStringLiteral("zone_conn_get_active");
const QString kDisable = QStringLiteral("conn_setmode_disabled");
const QString kEnable = QStringLiteral("conn_setmode_enabled");
const QString kList = QStringLiteral("user_get_all");
} // namespace

class TestFlowRaces : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<ReplyTap> m_tap;
    std::unique_ptr<DomainTableModel> m_model;
    std::unique_ptr<RailgunListModel> m_railguns;
    std::unique_ptr<DomainController> m_controller;

    // One account of `count` domains, the controller on it, the table read once.
    bool setUp(int count, int concurrency, const std::function<bool(int, QJsonObject &)> &change = {})
    {
        m_account = FlowRig::startAccount(*m_tmp, QStringLiteral("flow"),
                                          FlowRig::domainNames(QStringLiteral("race"), count), change);
        if (!m_account)
            return false;
        m_session = std::make_unique<AccountSession>(m_account->config(concurrency), &m_nam);
        m_tap = std::make_unique<ReplyTap>(m_session->api());
        m_model = std::make_unique<DomainTableModel>();
        m_railguns = std::make_unique<RailgunListModel>();
        m_controller = std::make_unique<DomainController>(m_model.get(), m_railguns.get());
        m_controller->setSession(m_session.get());
        m_model->setDomains(FlowRig::domainNames(QStringLiteral("race"), count));
        QSignalSpy finished(m_controller.get(), &DomainController::runFinished);
        m_controller->refresh();
        if (!finished.wait(30000) || !waitQuiet(*m_controller, *m_tap))
            return false;
        return tableMismatch(*m_model, m_account->connections()).isEmpty();
    }

    QString domain(int i) const { return m_model->rowAt(i).domain; }
    bool pending(const QString &d) const { return m_model->rowFor(d) && m_model->rowFor(d)->pending; }
    bool enabledOf(const QString &d) const { return m_model->rowFor(d) && m_model->rowFor(d)->enabled; }

    QString mismatch() const { return tableMismatch(*m_model, m_account->connections()); }

private slots:
    void initTestCase()
    {
        m_tmp = TestTmp::create();
        QVERIFY(m_tmp && m_tmp->isValid());
    }

    void cleanup()
    {
        m_tap.reset();
        m_controller.reset();
        m_railguns.reset();
        m_model.reset();
        m_session.reset();
        m_account.reset();
    }

    // A toggle while a refresh is reading its row (the read queued, or on its way): the row stays pending
    // until the toggle's own answer, a second toggle meanwhile sends nothing, and the table ends equal to
    // the server.
    void toggleDuringRefresh()
    {
        constexpr int kCount = 60;
        QVERIFY(setUp(kCount, 4));
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("30")},
                                                {QStringLiteral("jitter_ms"), QStringLiteral("30")},
                                                {QStringLiteral("seed"), QStringLiteral("7")}}));
        const QString inFlight = domain(30);       // toggled once its read is on its way
        const QString queued = domain(kCount - 1); // toggled while its read still waits in the queue
        const int writesBefore = m_account->count(kDisable);
        const int readsBefore = m_account->count(kGetActive);

        // Whenever a toggled row changes before its toggle answered, it must still be pending.
        QSet<QString> toggled;
        QSet<QString> answered;
        QStringList violations;
        connect(m_controller.get(), &DomainController::toggleFinished, this,
                [&](const QString &d, bool ok, const QString &msg) {
                    QVERIFY2(ok, qPrintable(msg));
                    answered.insert(d);
                });
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [&] {
            for (const QString &d : std::as_const(toggled)) {
                // The write's answer turns `enabled` off and `pending` off in one step; anything else
                // that ends pending before it came is a read that overwrote the pending row.
                if (!answered.contains(d) && !pending(d) && enabledOf(d))
                    violations.append(d);
            }
        });
        bool secondToggleSent = false;
        const auto toggle = [&](const QString &d) {
            QVERIFY(m_controller->setEnabled(d, false));
            toggled.insert(d);
            QVERIFY(pending(d));
            // Pending: a second toggle sends nothing.
            secondToggleSent |= m_controller->toggleEnabled(d);
        };
        int readsSeen = 0;
        m_tap->setOnStarted([&](const ReplyTap::Call &call) {
            if (call.action != Action::ZoneConnGetActive)
                return;
            if (++readsSeen == 1)
                toggle(queued); // the refresh has just begun: the last row's read is still queued
            if (call.domain == inFlight && !toggled.contains(inFlight))
                toggle(inFlight);
        });
        m_tap->setOnFinished([&](const ReplyTap::Call &call) {
            // The refresh's read of a toggled row answered: the row waits for its write all the same.
            if (call.action == Action::ZoneConnGetActive && toggled.contains(call.domain) &&
                !answered.contains(call.domain))
                secondToggleSent |= m_controller->toggleEnabled(call.domain);
        });

        QSignalSpy refreshed(m_controller.get(), &DomainController::runFinished);
        m_controller->refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        m_tap->setOnStarted({});
        m_tap->setOnFinished({});

        QCOMPARE(toggled, (QSet<QString>{inFlight, queued}));
        QCOMPARE(answered, toggled);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char(' '))));
        QVERIFY(!secondToggleSent);
        QVERIFY(!FlowRig::anyPending(*m_model));
        // The server saw exactly one write per toggled row and one read per row, and has them disabled.
        QCOMPARE(m_account->count(kDisable), writesBefore + 2);
        QCOMPARE(m_account->count(kEnable), 0);
        QCOMPARE(m_account->count(kGetActive), readsBefore + kCount);
        const auto server = m_account->connections();
        QVERIFY(!server.value(inFlight).enabled);
        QVERIFY(!server.value(queued).enabled);
        QCOMPARE(tableMismatch(*m_model, server), QString());
    }

    // Reads sent before a write, their answers slowed down so that without the one-call-per-domain rule the
    // write's answer would come first and the read's old state would win.
    void readNeverOverwritesLaterWrite()
    {
        constexpr int kCount = 12;
        constexpr int kTargets = 5;
        QVERIFY(setUp(kCount, 6));
        // Every read answers slowly (the body trickles in over 600 ms); writes come back at once.
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("fail_kind"), QStringLiteral("slow")},
                                                {QStringLiteral("fail_actions"), kGetActive},
                                                {QStringLiteral("fail_rate"), QStringLiteral("1")},
                                                {QStringLiteral("slow_ms"), QStringLiteral("600")},
                                                {QStringLiteral("latency_ms"), QStringLiteral("20")},
                                                {QStringLiteral("jitter_ms"), QStringLiteral("20")}}));
        QStringList targets;
        for (int i = 0; i < kTargets; ++i)
            targets.append(domain(i));
        const int writesBefore = m_account->count(kDisable);
        const int readsBefore = m_account->count(kGetActive);

        QSet<QString> toggled;
        int maxInFlight = 0;
        m_tap->setOnStarted([&](const ReplyTap::Call &call) {
            maxInFlight = qMax(maxInFlight, m_session->inFlightCount());
            if (call.action == Action::ZoneConnGetActive && targets.contains(call.domain) &&
                !toggled.contains(call.domain)) {
                // The read is on its way: the write must wait for its answer.
                QVERIFY(m_controller->setEnabled(call.domain, false));
                toggled.insert(call.domain);
            }
        });
        QSignalSpy read(m_controller.get(), &DomainController::runFinished);
        m_controller->refreshDomains(targets);
        QVERIFY(read.wait(30000));
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        m_tap->setOnStarted({});
        QVERIFY(m_account->emulator->resetFaults());

        QCOMPARE(toggled.size(), kTargets);
        // One call per domain at a time, seen from both ends: the replies of one domain never overlapped,
        // and no more calls were in flight than domains.
        QCOMPARE(m_tap->maxOutstandingPerDomain(), 1);
        QVERIFY(maxInFlight <= kTargets);
        QCOMPARE(m_session->inFlightCount(), 0);
        QCOMPARE(m_account->count(kDisable), writesBefore + kTargets);
        QCOMPARE(m_account->count(kGetActive), readsBefore + kTargets);
        const auto server = m_account->connections();
        for (const QString &d : std::as_const(targets)) {
            QVERIFY2(!server.value(d).enabled, qPrintable(d));
            QVERIFY2(!enabledOf(d), qPrintable(d + QStringLiteral(": the older read won")));
        }
        QCOMPARE(tableMismatch(*m_model, server), QString());
    }

    // A 429 asking for a billion seconds, or for a date 80 years ahead: the account is held (not paused for
    // ever, no overflow), nothing goes out, a cancel leaves nothing pending and resume() carries on.
    void hugeRetryAfter_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::newRow("seconds") << QStringLiteral("1000000000");
        QTest::newRow("http date") << QLocale::c().toString(
            QDateTime::currentDateTimeUtc().addYears(80), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    }
    void hugeRetryAfter()
    {
        QFETCH(QString, retryAfter);
        QVERIFY(setUp(10, 1));
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("fail_kind"), QStringLiteral("rate_limited")},
                                                {QStringLiteral("fail_actions"), kDisable},
                                                {QStringLiteral("fail_next"), QStringLiteral("1")},
                                                {QStringLiteral("retry_after"), retryAfter}}));
        QStringList bulk;
        for (int i = 0; i < 4; ++i)
            bulk.append(domain(i));
        QSignalSpy held(m_session.get(), &AccountSession::held);
        QSignalSpy paused(m_session.get(), &AccountSession::paused);
        QSignalSpy resumed(m_session.get(), &AccountSession::resumed);
        QSignalSpy finished(m_controller.get(), &DomainController::runFinished);
        const qint64 sentBefore = m_session->sentCount();
        QVERIFY(m_controller->disable(bulk));
        QVERIFY(held.wait(10000));
        QCOMPARE(held.size(), 1);
        QCOMPARE(paused.size(), 0);
        const qint64 secs = held.at(0).at(0).toLongLong();
        QVERIFY2(secs > RateBudget::kMaxTimedPauseSecs && secs <= ApiError::kMaxRetryAfterSecs,
                 qPrintable(QString::number(secs)));
        QVERIFY(m_session->isHeld());
        QCOMPARE(m_session->pausedSecsLeft(), 0); // held, not a timed pause that overflowed
        QCOMPARE(m_session->sentCount(), sentBefore + 1);
        QCOMPARE(m_session->queuedCount(), 4); // the refused call back in its place, the others behind it
        // Nothing hangs: the event loop runs (the emulator's state is read through it) and nothing goes out.
        QCOMPARE(m_account->count(kDisable), 1);
        QCOMPARE(m_session->sentCount(), sentBefore + 1);
        QVERIFY(m_controller->isBusy());

        m_controller->cancel();
        QVERIFY(finished.wait(5000));
        const auto s = finished.last().at(0).value<DomainController::Summary>();
        QVERIFY(s.wasCancelled);
        QCOMPARE(s.cancelled, 4); // the refused one included: the server never took it
        QCOMPARE(s.failed.size(), 0);
        QCOMPARE(s.succeeded, 0);
        QVERIFY(!m_controller->isBusy());
        QVERIFY(!FlowRig::anyPending(*m_model));
        QVERIFY(m_session->isIdle());
        QCOMPARE(m_account->count(kDisable), 1);
        QCOMPARE(mismatch(), QString()); // all four still enabled, as the server has them

        // Still held; a toggle waits for resume().
        const QString d = domain(5);
        QSignalSpy toggled(m_controller.get(), &DomainController::toggleFinished);
        QVERIFY(m_controller->setEnabled(d, false));
        QCOMPARE(m_account->count(kDisable), 1);
        QCOMPARE(m_session->queuedCount(), 1);
        m_session->resume();
        QCOMPARE(resumed.size(), 1);
        QVERIFY(toggled.wait(10000));
        QVERIFY(toggled.last().at(1).toBool());
        QVERIFY(!m_session->isHeld());
        QCOMPARE(m_account->count(kDisable), 2);
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        QVERIFY(!m_account->connections().value(d).enabled);
        QCOMPARE(mismatch(), QString());
    }

    // A toggle whose answer is lost is re-read; the controller moves to another account while that re-read
    // is on its way (and the other toggle still waits in the old account's queue). Nothing of the old account
    // reaches the new rows, and the old account's server hears nothing more.
    void switchDuringDelayedReread_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("reset") << QStringLiteral("reset");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }
    void switchDuringDelayedReread()
    {
        QFETCH(QString, kind);
        constexpr int kCount = 12;
        QVERIFY(setUp(kCount, 1));
        // The new account has the same domain names, every one disabled: an old answer would show.
        std::unique_ptr<Account> other = FlowRig::startAccount(
            *m_tmp, QStringLiteral("other"), FlowRig::domainNames(QStringLiteral("race"), kCount),
            [](int, QJsonObject &c) {
                c.insert(QStringLiteral("enabled"), QStringLiteral("f"));
                return true;
            });
        QVERIFY(other);
        auto otherSession = std::make_unique<AccountSession>(other->config(4), &m_nam);
        ReplyTap otherTap(otherSession->api());

        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("fail_kind"), kind},
                                                {QStringLiteral("fail_actions"), kDisable},
                                                {QStringLiteral("fail_next"), QStringLiteral("1")},
                                                {QStringLiteral("latency_ms"), QStringLiteral("300")}}));
        const QString first = domain(0);
        const QString second = domain(1);
        bool switched = false;
        qint64 oldSent = 0;
        int oldRequests = 0;
        int oldInFlight = 0;
        QSignalSpy toggles(m_controller.get(), &DomainController::toggleFinished);
        m_tap->setOnStarted([&](const ReplyTap::Call &call) {
            if (switched || call.action != Action::ZoneConnGetActive ||
                (call.domain != first && call.domain != second))
                return;
            // The re-read of the toggle that went first (the newer one) is on its way; the other toggle
            // waits behind it.
            QVERIFY(pending(first));
            QVERIFY(pending(second));
            switched = true;
            m_controller->setSession(otherSession.get());
            m_model->setDomains(FlowRig::domainNames(QStringLiteral("race"), kCount));
            oldSent = m_session->sentCount();
            oldInFlight = m_session->inFlightCount();
            oldRequests = m_account->requests();
        });
        QVERIFY(m_controller->setEnabled(first, false));
        QVERIFY(m_controller->setEnabled(second, false));
        QTRY_VERIFY_WITH_TIMEOUT(switched, 10000);
        // The old session stays alive on purpose: whatever it still had for the controller must not go out.
        QTRY_VERIFY_WITH_TIMEOUT(m_tap->outstanding() == 0 && m_session->inFlightCount() == 0, 10000);
        QVERIFY(m_account->emulator->resetFaults());
        QCOMPARE(toggles.size(), 0); // dropped without a word
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const DomainTableModel::Row &row = m_model->rowAt(r);
            QVERIFY2(row.state == DomainTableModel::ConnectionState::Unknown && !row.pending,
                     qPrintable(row.domain + QStringLiteral(": touched by the old account")));
        }
        QCOMPARE(m_session->sentCount(), oldSent);
        QVERIFY(m_session->isIdle());

        // The new account reads its own rows and nothing else.
        QSignalSpy refreshed(m_controller.get(), &DomainController::runFinished);
        m_controller->refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(waitQuiet(*m_controller, otherTap));
        QCOMPARE(toggles.size(), 0);
        QCOMPARE(tableMismatch(*m_model, other->connections()), QString());
        QCOMPARE(other->count(kDisable), 0);
        QCOMPARE(other->count(kEnable), 0);
        // The old server: at most the calls already on their way at the switch arrived after it, and its
        // second toggle was never sent.
        QVERIFY(m_account->requests() <= oldRequests + oldInFlight);
        QCOMPARE(m_account->count(kDisable), 1);
        QCOMPARE(m_session->sentCount(), oldSent);
        m_controller->setSession(nullptr);
    }

    // A switch while a bulk run has calls on their way and more queued, and the event loop runs before the
    // run's objects are deleted (a nested loop, as a modal dialog opens one): the old session sends nothing
    // of the abandoned run, not even when its answers come in.
    void switchDuringBulkRun()
    {
        constexpr int kCount = 8;
        QVERIFY(setUp(kCount, 2));
        std::unique_ptr<Account> other = FlowRig::startAccount(
            *m_tmp, QStringLiteral("other"), FlowRig::domainNames(QStringLiteral("race"), kCount));
        QVERIFY(other);
        AccountSession otherSession(other->config(2), &m_nam);
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("200")}}));
        QStringList all;
        for (int i = 0; i < kCount; ++i)
            all.append(domain(i));
        int writes = 0;
        qint64 sentAtSwitch = -1;
        QEventLoop nested;
        m_tap->setOnStarted([&](const ReplyTap::Call &call) {
            if (call.action != Action::ConnSetModeDisabled || ++writes != 2)
                return;
            m_controller->setSession(&otherSession);
            m_model->setDomains(FlowRig::domainNames(QStringLiteral("race"), kCount));
            sentAtSwitch = m_session->sentCount();
            // Until the two calls on their way have answered.
            nested.exec();
        });
        m_tap->setOnFinished([&](const ReplyTap::Call &) {
            if (m_tap->outstanding() == 0)
                nested.quit();
        });
        QVERIFY(m_controller->disable(all));
        QTRY_VERIFY_WITH_TIMEOUT(sentAtSwitch >= 0 && m_tap->outstanding() == 0 && !nested.isRunning(),
                                 10000);
        m_tap->setOnStarted({});
        m_tap->setOnFinished({});
        QVERIFY(m_account->emulator->resetFaults());
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        QCOMPARE(m_session->sentCount(), sentAtSwitch);
        QVERIFY(m_session->isIdle());
        QCOMPARE(m_account->count(kDisable), 2); // only the two already on their way at the switch
        int disabled = 0;
        for (const ServerConnection &c : m_account->connections())
            disabled += c.enabled ? 0 : 1;
        QCOMPARE(disabled, 2);
        QVERIFY(!FlowRig::anyPending(*m_model));
        QCOMPARE(other->requests(), 0);
        m_controller->setSession(nullptr);
    }

    // cancelRefresh() while the Railgun list is queued or on its way: the refresh ends and no domain read
    // reaches the server.
    void periodicRecheckReadsAgain()
    {
        QVERIFY(setUp(30, 4));
        const int readsBefore = m_account->count(kGetActive);
        QSignalSpy refreshing(m_controller.get(), &DomainController::refreshingChanged);
        m_controller->setRecheckInterval(1);
        m_controller->refresh();
        // The refresh ends, and a second one starts on its own a second later and reads every row again.
        QTRY_COMPARE_WITH_TIMEOUT(refreshing.size(), 4, 30000);
        QVERIFY(refreshing.at(2).at(0).toBool());
        QVERIFY(!refreshing.at(3).at(0).toBool());
        QCOMPARE(m_account->count(kGetActive), readsBefore + 2 * 30);
        // Switched off (or another account): nothing starts any more.
        m_controller->setRecheckInterval(0);
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        QVERIFY(!m_controller->isRefreshing());
    }

    void cancelDuringListPhase_data()
    {
        QTest::addColumn<bool>("listSent");
        QTest::newRow("list on its way") << true;
        QTest::newRow("list queued") << false;
    }
    void cancelDuringListPhase()
    {
        QFETCH(bool, listSent);
        QVERIFY(setUp(30, 4));
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("400")}}));
        const int readsBefore = m_account->count(kGetActive);
        const int listsBefore = m_account->count(kList);
        QSignalSpy refreshing(m_controller.get(), &DomainController::refreshingChanged);
        QSignalSpy finished(m_controller.get(), &DomainController::runFinished);
        bool cancelled = false;
        m_tap->setOnStarted([&](const ReplyTap::Call &call) {
            if (call.action == Action::UserGetAll && listSent) {
                m_controller->cancelRefresh();
                cancelled = true;
            }
        });
        m_controller->refresh();
        QVERIFY(m_controller->isRefreshing());
        if (!listSent) {
            m_controller->cancelRefresh();
            cancelled = true;
        }
        QVERIFY(finished.wait(10000));
        QVERIFY(cancelled);
        QVERIFY(!m_controller->isRefreshing());
        QCOMPARE(refreshing.size(), 2);
        QVERIFY(!refreshing.last().at(0).toBool());
        QVERIFY(finished.last().at(0).value<DomainController::Summary>().wasCancelled);
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        m_tap->setOnStarted({});
        QCOMPARE(m_account->count(kGetActive), readsBefore);
        QCOMPARE(m_account->count(kList), listsBefore + (listSent ? 1 : 0));
        QCOMPARE(m_session->queuedCount(), 0);
        QCOMPARE(mismatch(), QString());
    }

    // A bulk run paused by a 429, then cancelled: the refused call and those behind it count as not sent
    // (not failed) and the server still has them as they were.
    void cancelledAfter429IsNotSent()
    {
        constexpr int kCount = 10;
        QVERIFY(setUp(kCount, 2));
        QVERIFY(m_account->emulator->setFaults({{QStringLiteral("fail_kind"), QStringLiteral("rate_limited")},
                                                {QStringLiteral("fail_actions"), kDisable},
                                                {QStringLiteral("fail_next"), QStringLiteral("1")},
                                                {QStringLiteral("retry_after"), QStringLiteral("30")}}));
        QStringList all;
        for (int i = 0; i < kCount; ++i)
            all.append(domain(i));
        QSignalSpy paused(m_session.get(), &AccountSession::paused);
        QSignalSpy finished(m_controller.get(), &DomainController::runFinished);
        QVERIFY(m_controller->disable(all));
        QVERIFY(paused.wait(10000));
        QVERIFY(paused.at(0).at(0).toLongLong() > 0);
        QString refused;
        for (const ReplyTap::Call &c : m_tap->calls()) {
            if (c.finished && c.result.error.kind == ApiError::Kind::RateLimited)
                refused = c.domain;
        }
        QVERIFY(!refused.isEmpty());
        m_controller->cancel();
        QVERIFY(finished.wait(10000));
        const auto s = finished.last().at(0).value<DomainController::Summary>();
        QVERIFY(s.wasCancelled);
        QCOMPARE(s.failed.size(), 0);
        QCOMPARE(s.succeeded + s.cancelled, kCount);
        QVERIFY(s.cancelled >= kCount - 1); // at most the other call in flight got through
        QVERIFY(waitQuiet(*m_controller, *m_tap));
        QVERIFY(!FlowRig::anyPending(*m_model));

        const auto server = m_account->connections();
        int unchanged = 0;
        for (const QString &d : std::as_const(all))
            unchanged += server.value(d).enabled ? 1 : 0;
        QCOMPARE(unchanged, s.cancelled);
        QVERIFY2(server.value(refused).enabled, qPrintable(refused + QStringLiteral(" was changed")));
        QCOMPARE(m_account->count(kDisable), s.succeeded + 1); // the refused one is the only other
        QCOMPARE(tableMismatch(*m_model, server), QString());
    }
};

QTEST_GUILESS_MAIN(TestFlowRaces)
#include "tst_flow_races.moc"
