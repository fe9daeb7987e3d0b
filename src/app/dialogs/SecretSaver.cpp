#include "dialogs/SecretSaver.h"
#include "ui_CredentialsDialog.h"

#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>

// Messages keep the context "Railgun::CredentialsDialog" so the dialog's existing translations apply.

namespace Railgun {

namespace {

void uncheck(QAbstractButton *button)
{
    const bool exclusive = button->autoExclusive();
    button->setAutoExclusive(false);
    button->setChecked(false);
    button->setAutoExclusive(exclusive);
}

} // namespace

SecretSaver::SecretSaver(SettingsStore *accounts, CredentialStore *credentials, Ui::CredentialsDialog *ui,
                         QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_ui(ui)
{
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, m_ui->plainConsentCheck, &QCheckBox::setEnabled);
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            m_ui->plainConsentCheck->setChecked(false);
    });
    updateConsentText();
    hideKeychainChoice();
}

void SecretSaver::place(Account account, const QString &secret)
{
    if (m_keychainFailed && m_ui->settingsFileRadio->isChecked()) {
        if (!m_ui->plainConsentCheck->isChecked()) {
            emit failed(QCoreApplication::translate("Railgun::CredentialsDialog",
                                                    "Tick the box to confirm that the secret may be stored "
                                                    "unencrypted, or choose “this session only”."));
            m_ui->plainConsentCheck->setFocus();
            return;
        }
        account.secretStorage = Account::SecretStorage::SettingsFile;
        emit placed(account, secret);
        return;
    }
    if (m_keychainFailed && m_ui->sessionOnlyRadio->isChecked()) {
        account.secretStorage = Account::SecretStorage::SessionOnly;
        emit placed(account, secret);
        return;
    }

    emit keychainWriteStarted(QCoreApplication::translate("Railgun::CredentialsDialog",
                                                          "Saving the secret in the system keychain\u2026"));
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
            *error = QCoreApplication::translate("Railgun::CredentialsDialog",
                                                 "The secret could not be written to %1.")
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
        return QCoreApplication::translate("Railgun::CredentialsDialog",
                                           "Saved. The secret is in the system keychain.");
    case Account::SecretStorage::SessionOnly:
        return QCoreApplication::translate(
            "Railgun::CredentialsDialog",
            "Saved. The secret is kept for this session only and will be asked for again.");
    case Account::SecretStorage::SettingsFile:
        return QCoreApplication::translate("Railgun::CredentialsDialog",
                                           "Saved. The secret is stored unencrypted in %1.")
            .arg(QDir::toNativeSeparators(m_accounts->fileName()));
    }
    return QCoreApplication::translate("Railgun::CredentialsDialog", "Saved.");
}

void SecretSaver::showKeychainUnavailable(const QString &message)
{
    m_keychainFailed = true;
    m_ui->keychainMessageLabel->setText(
        QCoreApplication::translate(
            "Railgun::CredentialsDialog",
            "The secret could not be saved in the system keychain.\n%1\nChoose how to "
            "keep it, then press Save again.")
            .arg(message));
    m_ui->keychainGroup->show();
    m_ui->sessionOnlyRadio->setFocus();
    emit failed(QCoreApplication::translate(
        "Railgun::CredentialsDialog", "The secret was not saved: the system keychain is not available."));
}

void SecretSaver::hideKeychainChoice()
{
    m_keychainFailed = false;
    uncheck(m_ui->sessionOnlyRadio);
    uncheck(m_ui->settingsFileRadio);
    m_ui->plainConsentCheck->setChecked(false);
    m_ui->plainConsentCheck->setEnabled(false);
    m_ui->keychainMessageLabel->clear();
    m_ui->keychainGroup->hide();
}

void SecretSaver::updateConsentText()
{
    const QString file = QDir::toNativeSeparators(m_accounts->fileName());
    m_ui->plainConsentCheck->setText(
        QCoreApplication::translate("Railgun::CredentialsDialog",
                                    "I un&derstand: store it unencrypted in %1 (mode 0600)")
            .arg(file));
    m_ui->plainConsentCheck->setToolTip(
        QCoreApplication::translate("Railgun::CredentialsDialog",
                                    "Anyone who can read your files, or a copy of %1 (a backup, a synced "
                                    "folder), can read the secret.")
            .arg(file));
}

} // namespace Railgun
