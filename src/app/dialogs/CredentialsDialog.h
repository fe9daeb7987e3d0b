#pragma once

#include "dialogs/AccountFormValidator.h"
#include "storage/Account.h"

#include <QDialog>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class CredentialsDialog;
}

namespace Railgun {

class AccountForm;
class SettingsStore;
class ConnectionTester;
class CredentialStore;
class SecretSaver;

// Accounts (profiles) and their secrets: edit, add, remove, choose the current one, test the connection.
// Secrets go to the system keychain; when it is unavailable the user chooses, in the dialog, between
// "this session only" and "the settings file" (after an explicit consent). Widgets carry object names
// (nameEdit, secretEdit, saveButton, ...) so tests can drive the dialog.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens on the current account, or on a new account when there is none yet (first start).
    CredentialsDialog(SettingsStore *accounts, CredentialStore *credentials, QNetworkAccessManager *nam,
                      QWidget *parent = nullptr);
    // Opens on the given account; an empty or unknown id opens on a new account.
    CredentialsDialog(SettingsStore *accounts, CredentialStore *credentials, QNetworkAccessManager *nam,
                      const QString &accountId, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // The account being edited; empty while a new one is not saved yet.
    QString editedAccountId() const { return m_editingId; }
    bool isBusy() const { return m_busy; }

public slots:
    void showAccount(const QString &id);
    void startNewAccount();
    // Same as pressing Save: validates, stores the secret where the user chose, then the account.
    void save();
    void testConnection();

signals:
    void accountSaved(const QString &id);
    void accountRemoved(const QString &id);
    // Save could not finish (invalid field, keychain unavailable, ...); the status line says why.
    void saveFailed(const QString &message);
    void testFinished(bool ok, const QString &message);

private:
    std::optional<Account> storedAccount() const; // the saved version of the account being edited
    void fillForm(const Account &account);
    void updateSecretPlaceholder();
    void runTest(const Account &account, const QString &secret);
    void reloadList();
    void selectInList(const QString &id);
    void onSelectionChanged();
    void removeSelected();
    void makeSelectedCurrent();
    void setBusy(bool busy, const QString &status = QString());
    void setStatus(const QString &text, bool error = false);
    void fail(const QString &message);
    void finishSave(Account account, const QString &secret);

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    SettingsStore *m_accounts;
    CredentialStore *m_credentials;
    AccountForm *m_form;
    AccountFormValidator m_validator;
    SecretSaver *m_secretSaver;
    ConnectionTester *m_tester;
    QString m_editingId;
    bool m_busy = false;
};

} // namespace Railgun
