#include "dialogs/SecretSaver.h"

#include "dialogs/SecretStorageChoice.h"

#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>

namespace Railgun {

SecretSaver::SecretSaver(SettingsStore *accounts, CredentialStore *credentials, SecretStorageChoice *choice,
                         QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_choice(choice)
{
    m_choice->setSettingsFile(m_accounts->fileName());
    hideKeychainChoice();
}

void SecretSaver::place(Account account, const QString &secret)
{
    if (m_keychainFailed && m_choice->choice() == SecretStorageChoice::Choice::SettingsFile) {
        if (!m_choice->consentGiven()) {
            emit failed(tr("Tick the box to confirm that the secret may be stored "
                           "unencrypted, or choose “this session only”."));
            m_choice->focusConsent();
            return;
        }
        account.secretStorage = Account::SecretStorage::SettingsFile;
        emit placed(account, secret);
        return;
    }
    if (m_keychainFailed && m_choice->choice() == SecretStorageChoice::Choice::SessionOnly) {
        account.secretStorage = Account::SecretStorage::SessionOnly;
        emit placed(account, secret);
        return;
    }

    emit keychainWriteStarted(tr("Saving the secret in the system keychain\u2026"));
    QPointer<SecretSaver> self(this);
    m_credentials->write(account.id, secret,
                         [self, account, secret](const CredentialStore::Result &r) mutable {
                             if (!self)
                                 return;
                             emit self->keychainWriteFinished();
                             if (r.status == CredentialStore::Status::Ok) {
                                 account.secretStorage = Account::SecretStorage::Keychain;
                                 emit self->placed(account, secret);
                             } else {
                                 self->showKeychainUnavailable(r.message);
                             }
                         });
}

bool SecretSaver::store(const QString &id, const Account &account, const std::optional<Account> &previous,
                        const QString &secret, QString *error)
{
    switch (account.secretStorage) {
    case Account::SecretStorage::Keychain:
        m_credentials->setSessionSecret(id, QString());
        break;
    case Account::SecretStorage::SessionOnly:
        m_credentials->setSessionSecret(id, secret);
        break;
    case Account::SecretStorage::SettingsFile:
        m_credentials->setSessionSecret(id, QString());
        if (!m_accounts->setPlainSecret(id, secret)) {
            *error = tr("The secret could not be written to %1.")
                         .arg(QDir::toNativeSeparators(m_accounts->fileName()));
            return false;
        }
        break;
    }
    // A copy left in the keychain from before would be stale.
    if (previous && previous->secretStorage == Account::SecretStorage::Keychain &&
        account.secretStorage != Account::SecretStorage::Keychain)
        m_credentials->remove(id, [](const CredentialStore::Result &) {});
    return true;
}

QString SecretSaver::savedMessage(Account::SecretStorage storage) const
{
    switch (storage) {
    case Account::SecretStorage::Keychain:
        return tr("Saved. The secret is in the system keychain.");
    case Account::SecretStorage::SessionOnly:
        return tr("Saved. The secret is kept for this session only and will be asked for again.");
    case Account::SecretStorage::SettingsFile:
        return tr("Saved. The secret is stored unencrypted in %1.")
            .arg(QDir::toNativeSeparators(m_accounts->fileName()));
    }
    return tr("Saved.");
}

void SecretSaver::showKeychainUnavailable(const QString &message)
{
    m_keychainFailed = true;
    m_choice->offer(message);
    emit failed(tr("The secret was not saved: the system keychain is not available."));
}

void SecretSaver::hideKeychainChoice()
{
    m_keychainFailed = false;
    m_choice->reset();
}

} // namespace Railgun
