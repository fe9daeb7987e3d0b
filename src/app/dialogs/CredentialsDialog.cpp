#include "dialogs/CredentialsDialog.h"
#include "ui_CredentialsDialog.h"

#include "dialogs/AccountForm.h"
#include "dialogs/ConnectionTester.h"
#include "dialogs/SecretSaver.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUuid>

namespace Railgun {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

CredentialsDialog::CredentialsDialog(SettingsStore *accounts, CredentialStore *credentials,
                                     QNetworkAccessManager *nam, QWidget *parent)
    : CredentialsDialog(accounts, credentials, nam, accounts->currentAccountId(), parent)
{}

CredentialsDialog::CredentialsDialog(SettingsStore *accounts, CredentialStore *credentials,
                                     QNetworkAccessManager *nam, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_validator(accounts, credentials)
{
    m_ui->setupUi(this);
    m_form = m_ui->accountForm;
    m_secretSaver = new SecretSaver(m_accounts, m_credentials, m_ui->keychainGroup, this);
    m_tester = new ConnectionTester(nam, this);

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this, saveButton](QAbstractButton *button) {
        if (button == saveButton)
            save();
        else
            reject();
    });

    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CredentialsDialog::startNewAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CredentialsDialog::removeSelected);
    connect(m_ui->makeCurrentButton, &QPushButton::clicked, this, &CredentialsDialog::makeSelectedCurrent);
    connect(m_ui->accountList, &QListWidget::itemSelectionChanged, this,
            &CredentialsDialog::onSelectionChanged);
    connect(m_accounts, &SettingsStore::accountsChanged, this, &CredentialsDialog::reloadList);
    connect(m_accounts, &SettingsStore::currentAccountChanged, this, &CredentialsDialog::reloadList);

    connect(m_secretSaver, &SecretSaver::keychainWriteStarted, this,
            [this](const QString &status) { setBusy(true, status); });
    connect(m_secretSaver, &SecretSaver::keychainWriteFinished, this, [this] { setBusy(false); });
    connect(m_secretSaver, &SecretSaver::placed, this, &CredentialsDialog::finishSave);
    connect(m_secretSaver, &SecretSaver::failed, this, &CredentialsDialog::fail);

    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_ui->testButton->setEnabled(true);
        m_ui->testResultLabel->setText(message);
        emit testFinished(ok, message);
    });

    reloadList();
    if (!accountId.isEmpty() && m_accounts->account(accountId))
        showAccount(accountId);
    else
        startNewAccount();
}

CredentialsDialog::~CredentialsDialog() = default;

std::optional<Account> CredentialsDialog::storedAccount() const
{
    return m_editingId.isEmpty() ? std::nullopt : m_accounts->account(m_editingId);
}

void CredentialsDialog::showAccount(const QString &id)
{
    const auto account = m_accounts->account(id);
    if (!account) {
        startNewAccount();
        return;
    }
    m_editingId = id;
    fillForm(*account);
    m_secretSaver->hideKeychainChoice();
    selectInList(id);
    m_ui->removeButton->setEnabled(true);
    m_ui->makeCurrentButton->setEnabled(m_accounts->currentAccountId() != id);
    setStatus(QString());
}

void CredentialsDialog::startNewAccount()
{
    m_editingId.clear();
    Account defaults;
    fillForm(defaults);
    m_secretSaver->hideKeychainChoice();
    selectInList(QString());
    m_ui->removeButton->setEnabled(false);
    m_ui->makeCurrentButton->setEnabled(false);
    m_form->focusName();
    setStatus(m_accounts->accounts().isEmpty() ? tr("No account yet: fill in the fields and press Save.")
                                               : tr("New account: fill in the fields and press Save."));
}

void CredentialsDialog::fillForm(const Account &account)
{
    m_form->fill(account);
    m_ui->testResultLabel->clear();
    updateSecretPlaceholder();
}

void CredentialsDialog::updateSecretPlaceholder()
{
    const auto account = storedAccount();
    QString text;
    if (account) {
        switch (account->secretStorage) {
        case Account::SecretStorage::Keychain:
            text = tr("Saved in the system keychain; leave empty to keep it");
            break;
        case Account::SecretStorage::SessionOnly:
            text = m_credentials->sessionSecret(account->id).isEmpty()
                       ? tr("Not saved: enter it to use this account")
                       : tr("Kept for this session only; leave empty to keep it");
            break;
        case Account::SecretStorage::SettingsFile:
            text = tr("Saved unencrypted in the settings file; leave empty to keep it");
            break;
        }
    }
    m_form->setSecretPlaceholder(text);
}

void CredentialsDialog::reloadList()
{
    const QString current = m_accounts->currentAccountId();
    {
        const QSignalBlocker blocker(m_ui->accountList);
        m_ui->accountList->clear();
        const QList<Account> all = m_accounts->accounts();
        for (const Account &a : all) {
            auto *item = new QListWidgetItem(a.id == current ? tr("%1 (current)").arg(a.name) : a.name,
                                             m_ui->accountList);
            item->setData(idRole, a.id);
            if (a.id == current) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
    }
    selectInList(m_editingId);
    m_ui->makeCurrentButton->setEnabled(!m_editingId.isEmpty() && m_editingId != current);
}

void CredentialsDialog::selectInList(const QString &id)
{
    const QSignalBlocker blocker(m_ui->accountList);
    m_ui->accountList->clearSelection();
    for (int row = 0; row < m_ui->accountList->count(); ++row) {
        QListWidgetItem *item = m_ui->accountList->item(row);
        if (!id.isEmpty() && item->data(idRole).toString() == id) {
            m_ui->accountList->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

void CredentialsDialog::onSelectionChanged()
{
    const QList<QListWidgetItem *> selected = m_ui->accountList->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.first()->data(idRole).toString();
    if (id != m_editingId)
        showAccount(id);
}

void CredentialsDialog::removeSelected()
{
    const QString id = m_editingId;
    const auto account = m_accounts->account(id);
    if (!account)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Account"),
        tr("Remove the account “%1” and its saved secret? Its domain list stays on disk.").arg(account->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (account->secretStorage == Account::SecretStorage::Keychain)
        m_credentials->remove(id, [](const CredentialStore::Result &) {});
    m_credentials->setSessionSecret(id, QString());
    m_editingId.clear();
    m_accounts->remove(id); // also drops a plain secret
    emit accountRemoved(id);
    const QString current = m_accounts->currentAccountId();
    const QList<Account> rest = m_accounts->accounts();
    if (!current.isEmpty())
        showAccount(current);
    else if (!rest.isEmpty())
        showAccount(rest.first().id);
    else
        startNewAccount();
    setStatus(tr("Removed “%1”.").arg(account->name));
}

void CredentialsDialog::makeSelectedCurrent()
{
    if (m_editingId.isEmpty()) {
        setStatus(tr("Save the account first."), true);
        return;
    }
    m_accounts->setCurrentAccountId(m_editingId);
    setStatus(tr("“%1” is now the current account.").arg(m_form->toAccount(Account()).name));
}

void CredentialsDialog::save()
{
    if (m_busy)
        return;
    const auto stored = storedAccount();
    Account account = m_form->toAccount(stored.value_or(Account()));
    const QString secret = m_form->secret();
    const QString problem = m_validator.problem(account, secret, stored);
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (secret.isEmpty()) { // the secret stays where it is
        finishSave(account, QString());
        return;
    }

    m_secretSaver->place(account, secret);
}

void CredentialsDialog::finishSave(Account account, const QString &secret)
{
    const auto previous = m_accounts->account(account.id);
    m_editingId = account.id; // before save(): accountsChanged reloads the list around it
    const QString id = m_accounts->save(account);
    m_editingId = id;

    QString error;
    if (!secret.isEmpty() && !m_secretSaver->store(id, account, previous, secret, &error)) {
        fail(error);
        return;
    }
    if (m_accounts->currentAccountId().isEmpty())
        m_accounts->setCurrentAccountId(id);

    m_secretSaver->hideKeychainChoice();
    reloadList();
    m_form->clearSecret();
    m_ui->removeButton->setEnabled(true);
    updateSecretPlaceholder();

    setStatus(secret.isEmpty() ? tr("Saved.") : m_secretSaver->savedMessage(account.secretStorage));
    emit accountSaved(id);
}

void CredentialsDialog::testConnection()
{
    const auto stored = storedAccount();
    const Account account = m_form->toAccount(stored.value_or(Account()));
    const QString problem = AccountFormValidator::transportProblem(account);
    if (!problem.isEmpty()) {
        m_ui->testResultLabel->setText(problem);
        emit testFinished(false, problem);
        return;
    }
    const QString secret = m_form->secret();
    if (!secret.isEmpty()) {
        runTest(account, secret);
        return;
    }
    if (!stored || stored->kind != account.kind) {
        const QString text = account.kind == Credentials::Kind::Client ? tr("Enter the API token first.")
                                                                       : tr("Enter the host key first.");
        m_ui->testResultLabel->setText(text);
        emit testFinished(false, text);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Reading the saved secret\u2026"));
    QPointer<CredentialsDialog> self(this);
    m_credentials->secretFor(*stored, m_accounts, [self, account](const CredentialStore::Result &r) {
        if (!self)
            return;
        self->m_ui->testButton->setEnabled(true);
        if (r.status != CredentialStore::Status::Ok || r.secret.isEmpty()) {
            self->m_ui->testResultLabel->setText(r.message);
            emit self->testFinished(false, r.message);
            return;
        }
        self->runTest(account, r.secret);
    });
}

void CredentialsDialog::runTest(const Account &account, const QString &secret)
{
    m_tester->test(account, secret); // may report a cancelled earlier test first
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing\u2026"));
}

void CredentialsDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->accountList->setEnabled(!busy);
    m_ui->addButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && !m_editingId.isEmpty());
    if (!status.isEmpty())
        setStatus(status);
}

void CredentialsDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("error", error);
    QFont font = m_ui->statusLabel->font();
    font.setBold(error);
    m_ui->statusLabel->setFont(font);
}

void CredentialsDialog::fail(const QString &message)
{
    setStatus(message, true);
    emit saveFailed(message);
}

} // namespace Railgun
