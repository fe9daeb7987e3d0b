#pragma once

#include "storage/Account.h"

#include <QObject>
#include <optional>

namespace Railgun {

class SettingsStore;
class CredentialStore;
class SecretStorageChoice;

// Where a saved account's secret goes: the system keychain; when a keychain write fails, the form's
// keychain group offers "this session only" or "the settings file" (the latter only after explicit consent)
// (SecretStorageChoice) and the next Save uses that choice.
class SecretSaver final : public QObject
{
    Q_OBJECT

public:
    SecretSaver(SettingsStore *accounts, CredentialStore *credentials, SecretStorageChoice *choice,
                QObject *parent = nullptr);

    // Chooses the storage for a non-empty secret: the fallback the user picked after a failed keychain
    // write, else the keychain (written here, asynchronously). Ends in placed() or failed().
    void place(Account account, const QString &secret);
    // Once the account is saved under `id`: keeps the secret where account.secretStorage says and drops a
    // stale keychain copy of `previous`. False, with *error set, when the settings file could not be written.
    bool store(const QString &id, const Account &account, const std::optional<Account> &previous,
               const QString &secret, QString *error);
    // The status line after saving a new secret in `storage`.
    QString savedMessage(Account::SecretStorage storage) const;
    // Hides the fallback choice and clears it.
    void hideKeychainChoice();

signals:
    void keychainWriteStarted(const QString &status);
    void keychainWriteFinished();
    // account.secretStorage now says where `secret` goes.
    void placed(const Account &account, const QString &secret);
    void failed(const QString &message);

private:
    void showKeychainUnavailable(const QString &message);

    SettingsStore *m_accounts;
    CredentialStore *m_credentials;
    SecretStorageChoice *m_choice;
    bool m_keychainFailed = false; // the last keychain write failed: the fallback choice is shown
};

} // namespace Railgun
