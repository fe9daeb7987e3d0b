#pragma once

#include "operations/DomainController.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace Railgun {

class AccountSwitcher;
class SettingsStore;
class ActivityLogDock;
class ActivityLogModel;
class AppActions;
class BulkProgressWidget;
class CredentialStore;
class DomainFilterProxy;
class DomainTableModel;
class DomainTableView;
class MessageBar;
class RailgunListModel;
class RailgunPanel;

// The coordinator: builds the models, controller, panels and actions, and connects them. The work lives
// in DomainController (server answers -> rows), the panels and the dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SettingsStore *accounts, CredentialStore *credentials, const QString &dataDirectory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the current (or first) account; without any, the accounts dialog.
    void start();
    void activateAccount(const QString &accountId);

    DomainController *controller() const { return m_controller; }
    DomainTableModel *domainModel() const { return m_domains; }
    DomainFilterProxy *proxy() const { return m_proxy; }
    DomainTableView *tableView() const;
    AppActions *actions() const { return m_actions; }
    AccountSwitcher *session() const { return m_session; }
    RailgunPanel *railgunPanel() const { return m_railgunPanel; }
    ActivityLogDock *activityLog() const { return m_logDock; }
    ActivityLogModel *activityLogModel() const { return m_log; }
    MessageBar *messageBar() const;
    // Something the user must read that needs no answer (a recovered file, a failed setup): the message bar.
    void showProblem(const QString &message);
    const DomainController::Summary &lastSummary() const { return m_lastSummary; }

public slots:
    void openAccountsDialog();
    void addDomains();
    void importDomains();
    void exportCsv();
    void connectSelected();
    void disconnectSelected();
    void removeSelected();
    void showRows(const QStringList &domains);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectSession();
    void publishVisibleRows();
    QString refreshEstimate() const;
    void setupFilters();
    void setupActions();
    void connectController();
    void fillAccountCombo();
    void updateActions();
    void updateCounts();
    void restoreLayout();
    void saveLayout();
    void onRunFinished(const DomainController::Summary &summary);
    void runAddDomainsDialog(const QString &importPath);
    void showRunDetails(bool activate);

    std::unique_ptr<Ui::MainWindow> m_ui;
    SettingsStore *m_accounts;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_nam;
    DomainTableModel *m_domains;
    RailgunListModel *m_railguns;
    DomainFilterProxy *m_proxy;
    DomainController *m_controller;
    ActivityLogModel *m_log;
    AccountSwitcher *m_session;
    AppActions *m_actions;
    RailgunPanel *m_railgunPanel;
    ActivityLogDock *m_logDock;
    BulkProgressWidget *m_progress;        // the user's bulk operations
    BulkProgressWidget *m_refreshProgress; // the background refresh
    QAction *m_resume;
    QTimer m_visibleTimer;
    QComboBox *m_accountCombo;
    QLabel *m_countLabel;
    DomainController::Summary m_lastSummary;
    QPointer<QDialog> m_summaryDialog;
};

} // namespace Railgun
