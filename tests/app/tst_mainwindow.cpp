// The real main window against the real emulator: clicks, faults, bulk runs, cancel, 429s, undo.
// Every check compares the table with the EMULATOR's state, not only with what the client believes.
#include "AppActions.h"
#include "DemoSetup.h"
#include "DomainTableView.h"
#include "EmulatorProcess.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "TestTmp.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include "AccountSwitcher.h"
#include "session/AccountSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Railgun;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emu;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<SettingsStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    DomainTableModel *model() const { return m_window->domainModel(); }
    DomainController *controller() const { return m_window->controller(); }

    // The emulator's view of a domain: 0 not connected, 1 connected + disabled, 2 connected + enabled.
    int serverState(const QString &domain) const
    {
        const auto c = m_emu->connectionOf(domain);
        if (!c)
            return 0;
        return c->value(QLatin1String("enabled")).toString() == QLatin1String("t") ? 2 : 1;
    }
    int tableState(const QString &domain) const
    {
        const auto row = model()->rowFor(domain);
        if (!row || row->state == DomainTableModel::ConnectionState::Unknown)
            return -1;
        if (row->state == DomainTableModel::ConnectionState::NotConnected)
            return 0;
        return row->enabled ? 2 : 1;
    }
    // Every row of the table against one snapshot of the emulator's state.
    void compareAllWithServer()
    {
        QHash<QString, int> server;
        const QJsonArray conns = m_emu->state().value(QLatin1String("connections")).toArray();
        QVERIFY(!conns.isEmpty());
        for (const QJsonValue &v : conns) {
            const QJsonObject o = v.toObject();
            server.insert(o.value(QLatin1String("domain")).toString(),
                          o.value(QLatin1String("enabled")).toString() == QLatin1String("t") ? 2 : 1);
        }
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QString d = model()->domainAt(r);
            QVERIFY2(!model()->rowAt(r).pending, qPrintable(d));
            QCOMPARE(tableState(d), server.value(d, 0));
        }
    }
    QStringList domainsIn(int state, int count) const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount() && out.size() < count; ++r) {
            if (tableState(model()->domainAt(r)) == state)
                out << model()->domainAt(r);
        }
        return out;
    }
    void clickToggle(const QString &domain)
    {
        DomainTableView *view = m_window->tableView();
        const QModelIndex source = model()->index(model()->rowOf(domain), DomainTableModel::EnabledColumn);
        const QModelIndex index = m_window->proxy()->mapFromSource(source);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy() && !controller()->isRefreshing() &&
                                     controller()->session() && controller()->session()->isIdle(),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (int r = 0; r < model()->rowCount(); ++r)
                    if (model()->rowAt(r).pending)
                        return false;
                return true;
            }(),
            30000);
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<EmulatorProcess>();
        QString error;
        QVERIFY2(m_emu->start(&error), qPrintable(error));
        m_tmp = TestTmp::create();
        m_accounts = std::make_unique<SettingsStore>(m_tmp->filePath(QStringLiteral("settings.ini")));
        m_credentials = std::make_unique<CredentialStore>(QStringLiteral("railgun-desk-test"));
        const QString dataDir = m_tmp->filePath(QStringLiteral("data"));
        m_window = std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), dataDir);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        DemoSetup setup(m_accounts.get(), m_credentials.get(), dataDir,
                        m_window->session()->networkAccessManager());
        QSignalSpy done(&setup, &DemoSetup::finished);
        setup.run(m_emu->url());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(1).toString(), QString());
        const QString id = done.at(0).at(0).toString();
        Account account = *m_accounts->account(id);
        account.rateLimitRequests = 0; // no client-side limit: the emulator is local
        account.concurrency = 6;
        m_accounts->save(account);
        m_window->activateAccount(id);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 100, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller()->session() && !controller()->isBusy() &&
                                     !controller()->isRefreshing() &&
                                     model()->rowAt(0).state != DomainTableModel::ConnectionState::Unknown,
                                 30000);
        compareAllWithServer();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_window.reset();
        m_credentials.reset();
        m_accounts.reset();
        m_tmp.reset();
        if (m_emu)
            m_emu->stop();
        m_emu.reset();
    }

    void clickTogglesOnTheServer()
    {
        const QString domain = domainsIn(2, 1).value(0);
        QVERIFY(!domain.isEmpty());
        clickToggle(domain);
        // Pending at once, and a second click while pending sends nothing.
        QVERIFY(model()->rowFor(domain)->pending);
        clickToggle(domain);
        QTRY_VERIFY(!model()->rowFor(domain)->pending);
        QCOMPARE(serverState(domain), 1);
        QCOMPARE(tableState(domain), 1);
        // Space on the current row toggles back.
        DomainTableView *view = m_window->tableView();
        view->setFocus();
        view->setCurrentIndex(m_window->proxy()->mapFromSource(model()->index(model()->rowOf(domain), 0)));
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(!model()->rowFor(domain)->pending);
        QTRY_COMPARE(serverState(domain), 2);
        QCOMPARE(tableState(domain), 2);
    }

    void faultedToggleShowsTheServer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("applied");
        QTest::newRow("http500") << QStringLiteral("http500") << false;
        QTest::newRow("api_error") << QStringLiteral("api_error") << false;
        QTest::newRow("malformed (applied)") << QStringLiteral("malformed") << true;
        QTest::newRow("truncated (applied)") << QStringLiteral("truncated") << true;
        QTest::newRow("wrong_type (applied)") << QStringLiteral("wrong_type") << true;
        QTest::newRow("reset (applied)") << QStringLiteral("reset") << true;
    }
    void faultedToggleShowsTheServer()
    {
        QFETCH(QString, kind);
        QFETCH(bool, applied);
        const QString domain = domainsIn(2, 1).value(0);
        QVERIFY(!domain.isEmpty());
        QVERIFY(
            m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("1")},
                              {QStringLiteral("fail_kind"), kind},
                              {QStringLiteral("fail_actions"), QStringLiteral("conn_setmode_disabled")}}));
        clickToggle(domain);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->rowFor(domain)->pending, 20000);
        // The row equals the server: rolled back when not applied, the new state when it was.
        QCOMPARE(serverState(domain), applied ? 1 : 2);
        QCOMPARE(tableState(domain), serverState(domain));
        if (!applied) {
            QVERIFY(model()->rowFor(domain)->error);
            QVERIFY(!model()->rowFor(domain)->lastMessage.isEmpty());
        }
    }

    void bulkDisableCancelledMidway()
    {
        const QStringList domains = domainsIn(2, 50);
        QCOMPARE(domains.size(), 50);
        QVERIFY(m_emu->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("60")}}));
        m_window->proxy()->setStateFilter(DomainFilterProxy::StateFilter::Enabled);
        // Select the 50 rows in the view, then the toolbar's Disable.
        DomainTableView *view = m_window->tableView();
        view->clearSelection();
        for (const QString &d : domains) {
            const QModelIndex i = m_window->proxy()->mapFromSource(model()->index(model()->rowOf(d), 0));
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(view->selectedDomains().size(), 50);
        QVERIFY(m_window->actions()->disable->isEnabled());
        QSignalSpy progress(controller(), &DomainController::progress);
        m_window->actions()->disable->trigger();
        QVERIFY(controller()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 10, 20000);
        m_window->actions()->cancel->trigger();
        waitIdle();
        const auto summary = m_window->lastSummary();
        QVERIFY(summary.wasCancelled);
        QVERIFY(summary.cancelled > 0);
        QVERIFY(summary.succeeded >= 10);
        compareAllWithServer();
        int disabledOnServer = 0;
        for (const QString &d : domains)
            disabledOnServer += serverState(d) == 1 ? 1 : 0;
        QCOMPARE(disabledOnServer, summary.succeeded);
    }

    void rateLimitDuringBulkFailsNothing()
    {
        const QStringList domains = domainsIn(2, 30);
        // Four 429s in the middle of the run: the account waits them out, nothing fails.
        QVERIFY(m_emu->setFaults({{QStringLiteral("fail_next"), QStringLiteral("4")},
                                  {QStringLiteral("fail_kind"), QStringLiteral("rate_limited")}}));
        QSignalSpy limited(controller()->session(), &AccountSession::paused);
        QVERIFY(controller()->disable(domains));
        waitIdle();
        QVERIFY(!limited.isEmpty());
        QVERIFY2(m_window->lastSummary().failed.isEmpty(),
                 qPrintable(m_window->lastSummary().failed.value(0).reason));
        QCOMPARE(m_window->lastSummary().succeeded, 30);
        for (const QString &d : domains)
            QCOMPARE(serverState(d), 1);
        m_emu->resetFaults();
        compareAllWithServer();
    }

    void undoRevertsExactlyTheChangedRows()
    {
        QStringList domains = domainsIn(2, 8);
        const QStringList alreadyOff = domainsIn(1, 2);
        domains += alreadyOff; // skipped: must not be touched by undo
        QVERIFY(controller()->disable(domains));
        waitIdle();
        QCOMPARE(m_window->lastSummary().succeeded, 8);
        QCOMPARE(m_window->lastSummary().skipped.size(), 2);
        QVERIFY(m_window->actions()->undo->isEnabled());
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        waitIdle();
        QCOMPARE(m_window->lastSummary().operation, DomainController::Operation::Undo);
        QCOMPARE(m_window->lastSummary().succeeded, 8);
        for (const QString &d : domains)
            QCOMPARE(serverState(d), alreadyOff.contains(d) ? 1 : 2);
        compareAllWithServer();
    }

    void connectAndDisconnect()
    {
        const QStringList free = domainsIn(0, 3);
        QCOMPARE(free.size(), 3);
        QVERIFY(controller()->connectTo(free, QStringLiteral("1"), true));
        waitIdle();
        for (const QString &d : free)
            QCOMPARE(serverState(d), 2);
        QVERIFY(controller()->disconnect(free));
        waitIdle();
        for (const QString &d : free)
            QCOMPARE(serverState(d), 0);
        QVERIFY(controller()->undo()); // connects them again, enabled as before
        waitIdle();
        for (const QString &d : free)
            QCOMPARE(serverState(d), 2);
        compareAllWithServer();
    }

    // Typing filters the table; the field's clear button appears with text and brings every row back.
    void reopenShowsLastKnownStatesWithTheirAge()
    {
        // A confirmed change, then the window goes: its last known states are kept.
        const QString domain = domainsIn(2, 1).value(0);
        QVERIFY(!domain.isEmpty());
        clickToggle(domain);
        waitIdle();
        QCOMPARE(serverState(domain), 1);
        compareAllWithServer();
        QHash<QString, int> before;
        for (int r = 0; r < model()->rowCount(); ++r)
            before.insert(model()->domainAt(r), tableState(model()->domainAt(r)));
        const QString id = m_accounts->currentAccountId();
        const QString dataDir = m_tmp->filePath(QStringLiteral("data"));
        m_proxyTester.reset();
        m_window.reset();

        // The server is slow now: the new window's refresh cannot have answered when the rows are looked at.
        QVERIFY(m_emu->setFaults({{QStringLiteral("latency_ms"), QStringLiteral("3000")}}));
        m_window = std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), dataDir);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateAccount(id);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), int(before.size()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller()->isRefreshing(), 10000);
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QString d = model()->domainAt(r);
            const QModelIndex checked = model()->index(r, DomainTableModel::LastCheckedColumn);
            if (model()->rowAt(r).pending)
                continue; // a read answered early (it cannot: every answer takes 3 s), or a toggle
            QVERIFY2(checked.data(DomainTableModel::StaleRole).toBool(), qPrintable(d));
            QCOMPARE(tableState(d), before.value(d));
            QVERIFY2(checked.data().toString().endsWith(QLatin1String("ago")),
                     qPrintable(checked.data().toString()));
        }
        QCOMPARE(tableState(domain), 1);
        // The Railguns panel counts the last known bindings as soon as it has the Railguns.
        const QString railgun = model()->rowFor(domain)->railgunId;
        QTRY_VERIFY_WITH_TIMEOUT(controller()->railgunModel()->domainCount(railgun) > 0, 20000);

        // Read again: nothing is stale, and the table equals the server.
        QVERIFY(m_emu->resetFaults());
        waitIdle();
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(!model()->rowAt(r).stale);
        compareAllWithServer();
    }

    void searchAndClearButton()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QAction *clear = nullptr;
        const QList<QAction *> actions = search->actions();
        for (QAction *a : actions)
            clear = a->text() == FilterBar::tr("Clear search") ? a : clear;
        QVERIFY(clear);
        QVERIFY(!clear->isVisible());

        const int all = m_window->proxy()->rowCount();
        const QString domain = model()->domainAt(0);
        search->setFocus();
        QTest::keyClicks(search, domain);
        QTRY_COMPARE(m_window->proxy()->rowCount(), 1);
        QCOMPARE(m_window->proxy()->index(0, DomainTableModel::DomainColumn).data().toString(), domain);
        QVERIFY(clear->isVisible());

        clear->trigger();
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_window->proxy()->rowCount(), all);
        QVERIFY(!clear->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
