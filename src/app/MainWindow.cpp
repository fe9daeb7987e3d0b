#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AccountSwitcher.h"
#include "ActivityLogDock.h"
#include "AppActions.h"
#include "BulkProgressWidget.h"
#include "CsvExporter.h"
#include "DomainTableView.h"
#include "FilterBar.h"
#include "LanguageMenu.h"
#include "MessageBar.h"
#include "RailgunPanel.h"
#include "RunReport.h"
#include "api/RailgunApi.h"
#include "dialogs/AddDomainsDialog.h"
#include "dialogs/BulkSummaryDialog.h"
#include "dialogs/ConnectToRailgunDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "models/ActivityLogModel.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "session/AccountSession.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Railgun {

namespace {
constexpr int kLayoutVersion = 1;
} // namespace

MainWindow::MainWindow(SettingsStore *accounts, CredentialStore *credentials, const QString &dataDirectory,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_nam(new QNetworkAccessManager(this))
    , m_domains(new DomainTableModel(this))
    , m_railguns(new RailgunListModel(this))
    , m_proxy(new DomainFilterProxy(this))
    , m_controller(new DomainController(m_domains, m_railguns, this))
    , m_log(new ActivityLogModel(this))
    , m_session(new AccountSwitcher(accounts, credentials, dataDirectory, m_controller, m_nam, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_domains);
    m_ui->domainTable->setModel(m_proxy);

    m_actions = new AppActions(this);
    m_railgunPanel = new RailgunPanel(m_controller, this);
    addDockWidget(Qt::RightDockWidgetArea, m_railgunPanel);
    m_logDock = new ActivityLogDock(m_log, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_progress = new BulkProgressWidget(this);
    m_refreshProgress = new BulkProgressWidget(this);
    m_refreshProgress->setObjectName(QStringLiteral("refreshProgress"));
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_refreshProgress);
    statusBar()->addPermanentWidget(m_progress);
    m_resume = new QAction(tr("Resume"), this);
    m_resume->setToolTip(tr("Carry on now instead of waiting as long as the server asked"));
    connect(m_resume, &QAction::triggered, this, [this] {
        if (AccountSession *session = m_session->session())
            session->resume();
        m_ui->messageBar->dismiss();
    });
    // The rows on screen are read first: tell the session which they are, as the user scrolls or filters.
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(100);
    connect(&m_visibleTimer, &QTimer::timeout, this, &MainWindow::publishVisibleRows);
    auto visibleChanged = [this] {
        m_visibleTimer.start();
    };
    connect(tableView()->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, visibleChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, visibleChanged);
    connect(tableView(), &DomainTableView::viewportResized, this, visibleChanged);
    statusBar()->addPermanentWidget(m_countLabel);

    m_accountCombo = new QComboBox(this);
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setToolTip(tr("The account whose domains are shown"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    setupFilters();
    setupActions();
    connectController();
    fillAccountCombo();
    restoreLayout();
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow()
{
    // Nothing reaches the widgets while the children go away.
    QObject::disconnect(m_controller, nullptr, this, nullptr);
    QObject::disconnect(m_session, nullptr, this, nullptr);
    // The states are written and the calls aborted while the model and the network access manager exist
    // (children go in the order they were made: those two first).
    m_session->shutdown();
}

DomainTableView *MainWindow::tableView() const
{
    return m_ui->domainTable;
}

MessageBar *MainWindow::messageBar() const
{
    return m_ui->messageBar;
}

void MainWindow::showProblem(const QString &message)
{
    m_ui->messageBar->showMessage(MessageBar::Kind::Warning, message);
}

void MainWindow::setupFilters()
{
    FilterBar *bar = m_ui->filterBar;
    bar->setProxy(m_proxy);
    connect(bar, &FilterBar::filtersChanged, this, &MainWindow::updateCounts);
    connect(bar, &FilterBar::railgunFilterCleared, m_railgunPanel, &RailgunPanel::clearSelection);
    connect(m_railgunPanel, &RailgunPanel::railgunFilterRequested, this, [this](const QString &id) {
        m_ui->filterBar->setRailgunFilter(id, m_domains->railgunPubname(id));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
}

void MainWindow::setupActions()
{
    auto *languages = new LanguageMenu(m_accounts, this);
    connect(languages, &LanguageMenu::languageChosen, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
    m_actions->fillMenuBar(menuBar(),
                           {m_ui->mainToolBar->toggleViewAction(), m_railgunPanel->toggleViewAction(),
                            m_logDock->toggleViewAction()},
                           languages);
    m_actions->fillToolBar(m_ui->mainToolBar);
    m_ui->mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    QWidget *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    auto *accountLabel = new QLabel(tr("Account:"), this);
    accountLabel->setBuddy(m_accountCombo);
    m_ui->mainToolBar->addWidget(accountLabel);
    m_ui->mainToolBar->addWidget(m_accountCombo);
    m_ui->mainToolBar->addAction(m_actions->accounts);
    connect(m_ui->domainTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        m_actions->fillContextMenu(&menu);
        menu.exec(tableView()->viewport()->mapToGlobal(pos));
    });

    DomainTableView *view = m_ui->domainTable;
    connect(m_actions->refresh, &QAction::triggered, m_controller, &DomainController::refresh);
    connect(m_actions->cancel, &QAction::triggered, m_controller, &DomainController::cancel);
    connect(m_actions->enable, &QAction::triggered, this,
            [this] { m_controller->enable(tableView()->selectedDomains()); });
    connect(m_actions->disable, &QAction::triggered, this,
            [this] { m_controller->disable(tableView()->selectedDomains()); });
    connect(m_actions->connectTo, &QAction::triggered, this, &MainWindow::connectSelected);
    connect(m_actions->disconnect, &QAction::triggered, this, &MainWindow::disconnectSelected);
    connect(m_actions->removeFromList, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_actions->selectAllShown, &QAction::triggered, view, &QTableView::selectAll);
    connect(m_actions->undo, &QAction::triggered, m_controller, &DomainController::undo);
    connect(m_actions->addDomains, &QAction::triggered, this, &MainWindow::addDomains);
    connect(m_actions->importDomains, &QAction::triggered, this, &MainWindow::importDomains);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_actions->accounts, &QAction::triggered, this, &MainWindow::openAccountsDialog);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->showFailed, &QAction::triggered, this, [this] {
        QStringList failed;
        for (const auto &o : std::as_const(m_lastSummary.failed))
            failed << o.domain;
        showRows(failed);
    });
    connect(m_actions->clearFilters, &QAction::triggered, m_ui->filterBar, &FilterBar::clearAll);
    connect(m_actions->runDetails, &QAction::triggered, this, [this] { showRunDetails(true); });
    connect(m_actions->retryRefresh, &QAction::triggered, m_controller, &DomainController::refresh);
    connect(m_actions->about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Railgun Desk"),
            tr("<b>Railgun Desk</b> %1<br>A desktop console for Cloudflare Railgun connections.")
                .arg(QStringLiteral(RAILGUN_VERSION)));
    });
    connect(view, &DomainTableView::toggleRequested, m_controller, &DomainController::toggleEnabled);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_accountCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_accountCombo->itemData(index).toString();
        if (id != m_session->currentId())
            activateAccount(id);
    });
    connect(m_accounts, &SettingsStore::accountsChanged, this, &MainWindow::fillAccountCombo);
}

void MainWindow::connectController()
{
    connect(m_controller, &DomainController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_controller, &DomainController::busyChanged, this, [this](bool busy) {
        if (busy) {
            statusBar()->clearMessage(); // the last run's summary no longer describes the table
            if (m_controller->currentOperation() != DomainController::Operation::Refresh)
                m_ui->messageBar->dismiss();
            m_progress->start(DomainController::operationName(m_controller->currentOperation()));
        } else {
            m_progress->finish();
        }
        updateActions();
    });
    connect(m_controller, &DomainController::progress, m_progress,
            qOverload<int, int, int>(&BulkProgressWidget::setProgress));
    connect(m_progress, &BulkProgressWidget::cancelRequested, this, [this] {
        m_progress->setCancelling();
        m_controller->cancel();
    });
    // The background refresh: its own progress, with an honest estimate at the account's budget.
    connect(m_controller, &DomainController::refreshingChanged, this, [this](bool refreshing) {
        if (refreshing)
            m_refreshProgress->start(tr("Refresh"));
        else
            m_refreshProgress->finish();
        updateActions();
    });
    connect(m_controller, &DomainController::refreshProgress, this, [this](int done, int total, int failed) {
        m_refreshProgress->setProgress(done, total, failed, refreshEstimate());
    });
    connect(m_refreshProgress, &BulkProgressWidget::cancelRequested, this, [this] {
        m_refreshProgress->setCancelling();
        m_controller->cancelRefresh();
    });
    connect(m_controller, &DomainController::undoAvailableChanged, this, &MainWindow::updateActions);
    connect(m_controller, &DomainController::runFinished, this, &MainWindow::onRunFinished);
    connect(m_controller, &DomainController::railgunsChanged, this, &MainWindow::updateActions);

    connect(m_session, &AccountSwitcher::callFinished, m_log, &ActivityLogModel::addRecord);
    connect(m_session, &AccountSwitcher::activated, this, [this](const QString &) {
        fillAccountCombo();
        updateActions();
        connectSession();
        m_controller->refresh();
    });
    connect(m_session, &AccountSwitcher::problem, this, &MainWindow::showProblem);
    connect(m_session, &AccountSwitcher::needsCredentials, this, [this](const QString &, const QString &why) {
        fillAccountCombo();
        updateActions();
        showProblem(why);
        QTimer::singleShot(0, this, &MainWindow::openAccountsDialog);
    });
}

void MainWindow::connectSession()
{
    AccountSession *session = m_session->session();
    if (!session)
        return;
    connect(session, &AccountSession::paused, this, [this](qint64 secs) {
        m_refreshProgress->setWaiting(int(qMin<qint64>(secs, INT_MAX)));
        m_progress->setWaiting(int(qMin<qint64>(secs, INT_MAX)));
    });
    connect(session, &AccountSession::held, this, [this](qint64 secs) {
        m_ui->messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("The server asked to wait %1 before any further request; nothing is sent until you resume.")
                .arg(DomainTableModel::durationText(secs)),
            {m_resume});
    });
    publishVisibleRows();
}

QString MainWindow::refreshEstimate() const
{
    const double secs = m_controller->refreshSecondsLeft();
    if (secs < 60)
        return QString();
    return tr("about %1 at the server's limit").arg(DomainTableModel::durationText(qint64(secs)));
}

void MainWindow::publishVisibleRows()
{
    AccountSession *session = m_session->session();
    if (!session)
        return;
    DomainTableView *view = tableView();
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        session->setVisibleDomains({});
        return;
    }
    int top = view->rowAt(0);
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (top < 0)
        top = 0;
    if (bottom < 0)
        bottom = rows - 1;
    QStringList domains;
    for (int r = top; r <= bottom && r < rows; ++r)
        domains.append(m_proxy->index(r, 0).data(DomainTableModel::DomainRole).toString());
    session->setVisibleDomains(domains);
}

void MainWindow::start()
{
    const QList<Account> all = m_accounts->accounts();
    if (all.isEmpty()) {
        statusBar()->showMessage(tr("Add an account to start."));
        QTimer::singleShot(0, this, &MainWindow::openAccountsDialog);
        return;
    }
    QString id = m_accounts->currentAccountId();
    if (!m_accounts->account(id))
        id = all.first().id;
    activateAccount(id);
}

void MainWindow::activateAccount(const QString &accountId)
{
    m_railgunPanel->clearSelection();
    showRows({});
    m_session->activate(accountId);
    fillAccountCombo();
}

void MainWindow::fillAccountCombo()
{
    const QSignalBlocker block(m_accountCombo);
    m_accountCombo->clear();
    for (const Account &a : m_accounts->accounts())
        m_accountCombo->addItem(a.name, a.id);
    m_accountCombo->setCurrentIndex(qMax(0, m_accountCombo->findData(m_session->currentId())));
    m_accountCombo->setEnabled(m_accountCombo->count() > 0);
    const auto account = m_session->current();
    setWindowTitle(account ? tr("%1 — Railgun Desk").arg(account->name) : tr("Railgun Desk"));
}

void MainWindow::updateActions()
{
    const bool hasSelection = tableView()->selectionModel() && tableView()->selectionModel()->hasSelection();
    m_actions->updateState(m_session->session() != nullptr, hasSelection, m_controller->isBusy(),
                           m_controller->isRefreshing(), m_controller->canUndo(),
                           m_controller->undoDescription());
}

void MainWindow::updateCounts()
{
    const int total = m_domains->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n domain(s)", nullptr, total)
                                         : tr("%1 of %n domain(s) shown", nullptr, total).arg(shown));
}

void MainWindow::onRunFinished(const DomainController::Summary &summary)
{
    m_lastSummary = summary;
    updateActions();
    if (summary.operation == DomainController::Operation::Refresh) {
        if (RunReport::isUnreachable(summary)) {
            m_ui->messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Couldn't read from the server: %1").arg(summary.failed.first().reason),
                {m_actions->retryRefresh, m_actions->accounts});
        } else if (!summary.failed.isEmpty()) {
            m_ui->messageBar->showMessage(
                MessageBar::Kind::Warning,
                tr("%n domain(s) could not be read", nullptr, int(summary.failed.size())),
                {m_actions->showFailed, m_actions->runDetails, m_actions->retryRefresh});
        } else if (m_ui->messageBar->kind() == MessageBar::Kind::Error) {
            m_ui->messageBar->dismiss(); // the server answers again
        }
        return;
    }
    QList<QAction *> next;
    if (m_controller->canUndo())
        next << m_actions->undo;
    if (!summary.failed.isEmpty())
        next << m_actions->showFailed;
    next << m_actions->runDetails;
    m_ui->messageBar->showMessage(RunReport::kind(summary), RunReport::headline(summary), next);
    // Something failed: the reasons are shown at once, without taking the keyboard from the window.
    if (!summary.failed.isEmpty())
        showRunDetails(false);
}

void MainWindow::showRunDetails(bool activate)
{
    if (m_summaryDialog)
        m_summaryDialog->close();
    auto *dialog = new BulkSummaryDialog(m_lastSummary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAttribute(Qt::WA_ShowWithoutActivating, !activate);
    connect(dialog, &BulkSummaryDialog::showRowsRequested, this, &MainWindow::showRows);
    m_summaryDialog = dialog;
    dialog->show();
}

void MainWindow::showRows(const QStringList &domains)
{
    m_ui->filterBar->setDomainSet(domains, tr("Only %n failed row(s)", nullptr, int(domains.size())));
}

void MainWindow::connectSelected()
{
    const QStringList domains = tableView()->selectedDomains();
    if (domains.isEmpty())
        return;
    ConnectToRailgunDialog dialog(m_railguns, int(domains.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->connectTo(domains, dialog.railgunId(), dialog.enableNow());
}

void MainWindow::disconnectSelected()
{
    const QStringList domains = tableView()->selectedDomains();
    if (domains.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Disconnect"),
            tr("Disconnect %n domain(s) from their Railgun? Railgun stops for them until they are "
               "connected again.",
               nullptr, int(domains.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_controller->disconnect(domains);
}

void MainWindow::removeSelected()
{
    const QStringList domains = tableView()->selectedDomains();
    if (domains.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove from List"),
                              tr("Remove %n domain(s) from this list? Nothing changes on the server.",
                                 nullptr, int(domains.size())),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_controller->removeFromList(domains);
}

void MainWindow::addDomains()
{
    runAddDomainsDialog(QString());
}

void MainWindow::importDomains()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Domains"), QString(), tr("Text or CSV files (*.txt *.csv *.list);;All files (*)"));
    if (!path.isEmpty())
        runAddDomainsDialog(path);
}

void MainWindow::runAddDomainsDialog(const QString &importPath)
{
    const QStringList listed = m_domains->domains();
    AccountSession *session = m_session->session();
    const bool partner = session && session->config().credentials.kind == Credentials::Kind::Partner;
    AddDomainsDialog dialog(QSet<QString>(listed.begin(), listed.end()), partner ? session : nullptr, this);
    if (!importPath.isEmpty())
        dialog.importFile(importPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int added = m_controller->addDomains(dialog.domains());
    statusBar()->showMessage(tr("Added %n domain(s).", nullptr, added), 10000);
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("domains.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CsvExporter::write(m_proxy, path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write the file: %1").arg(error));
    else
        statusBar()->showMessage(tr("Exported %n row(s).", nullptr, m_proxy->rowCount()), 10000);
}

void MainWindow::openAccountsDialog()
{
    CredentialsDialog dialog(m_accounts, m_credentials, m_nam, this);
    dialog.exec();
    fillAccountCombo();
    const QString current = m_accounts->currentAccountId();
    if (!current.isEmpty() && m_accounts->account(current))
        activateAccount(current);
    else if (!m_accounts->accounts().isEmpty())
        activateAccount(m_accounts->accounts().first().id);
    else
        m_session->deactivate();
}

void MainWindow::restoreLayout()
{
    if (m_accounts->value(SettingKeys::layoutVersion) == kLayoutVersion) {
        restoreGeometry(m_accounts->value(SettingKeys::windowGeometry));
        restoreState(m_accounts->value(SettingKeys::windowState), kLayoutVersion);
        if (tableView()->horizontalHeader()->restoreState(m_accounts->value(SettingKeys::domainHeader)))
            return;
    } else {
        resizeDocks({m_railgunPanel}, {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40},
                    Qt::Horizontal);
        resizeDocks({m_logDock}, {fontMetrics().height() * 11}, Qt::Vertical);
    }
    tableView()->applyDefaultColumnWidths();
}

void MainWindow::saveLayout()
{
    m_accounts->setValue(SettingKeys::layoutVersion, kLayoutVersion);
    m_accounts->setValue(SettingKeys::windowGeometry, saveGeometry());
    m_accounts->setValue(SettingKeys::windowState, saveState(kLayoutVersion));
    m_accounts->setValue(SettingKeys::domainHeader, tableView()->horizontalHeader()->saveState());
    m_accounts->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_controller->cancel();
    event->accept();
}

} // namespace Railgun
