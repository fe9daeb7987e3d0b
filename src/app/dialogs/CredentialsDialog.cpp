#include "CredentialsDialog.h"
#include "ui_CredentialsDialog.h"

#include "AccountStore.h"
#include "CredentialStore.h"
#include "RailgunApi.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

namespace Railgun {

namespace {

constexpr int idRole = Qt::UserRole;

void uncheck(QAbstractButton *button)
{
    const bool exclusive = button->autoExclusive();
    button->setAutoExclusive(false);
    button->setChecked(false);
    button->setAutoExclusive(exclusive);
}

} // namespace

CredentialsDialog::CredentialsDialog(AccountStore *accounts, CredentialStore *credentials,
                                     QNetworkAccessManager *nam, QWidget *parent)
    : CredentialsDialog(accounts, credentials, nam, accounts->currentAccountId(), parent)
{}

CredentialsDialog::CredentialsDialog(AccountStore *accounts, CredentialStore *credentials,
                                     QNetworkAccessManager *nam, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_nam(nam)
{
    m_ui->setupUi(this);

    m_ui->kindCombo->addItem(tr("Client (e-mail and API token)"), int(Credentials::Kind::Client));
    m_ui->kindCombo->addItem(tr("Hosting partner (host key)"), int(Credentials::Kind::Partner));

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

    const QIcon reveal = QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"),
                                          QIcon::fromTheme(QStringLiteral("view-visible")));
    if (!reveal.isNull()) {
        m_ui->revealButton->setIcon(reveal);
        m_ui->revealButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    const QIcon open = QIcon::fromTheme(QStringLiteral("document-open"));
    if (!open.isNull())
        m_ui->caBrowseButton->setIcon(open);

    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->revealButton->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CredentialsDialog::updateKindFields);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &CredentialsDialog::updateInsecureWarning);
    connect(m_ui->allowInsecureCheck, &QCheckBox::toggled, this, &CredentialsDialog::updateInsecureWarning);
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, &CredentialsDialog::chooseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CredentialsDialog::startNewAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CredentialsDialog::removeSelected);
    connect(m_ui->makeCurrentButton, &QPushButton::clicked, this, &CredentialsDialog::makeSelectedCurrent);
    connect(m_ui->accountList, &QListWidget::itemSelectionChanged, this,
            &CredentialsDialog::onSelectionChanged);
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, m_ui->plainConsentCheck, &QCheckBox::setEnabled);
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            m_ui->plainConsentCheck->setChecked(false);
    });
    connect(m_accounts, &AccountStore::accountsChanged, this, &CredentialsDialog::reloadList);
    connect(m_accounts, &AccountStore::currentAccountChanged, this, &CredentialsDialog::reloadList);

    updateConsentText();
    hideKeychainChoice();
    m_ui->insecureLabel->hide();
    reloadList();
    if (!accountId.isEmpty() && m_accounts->account(accountId))
        showAccount(accountId);
    else
        startNewAccount();
}

CredentialsDialog::~CredentialsDialog() = default;

void CredentialsDialog::showAccount(const QString &id)
{
    const auto account = m_accounts->account(id);
    if (!account) {
        startNewAccount();
        return;
    }
    m_editingId = id;
    fillForm(*account);
    hideKeychainChoice();
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
    hideKeychainChoice();
    selectInList(QString());
    m_ui->removeButton->setEnabled(false);
    m_ui->makeCurrentButton->setEnabled(false);
    m_ui->nameEdit->setFocus();
    setStatus(m_accounts->accounts().isEmpty() ? tr("No account yet: fill in the fields and press Save.")
                                               : tr("New account: fill in the fields and press Save."));
}

void CredentialsDialog::fillForm(const Account &account)
{
    m_ui->nameEdit->setText(account.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(account.kind)));
    m_ui->emailEdit->setText(account.email);
    m_ui->secretEdit->clear();
    m_ui->baseUrlEdit->setText(account.baseUrl.toString());
    m_ui->allowInsecureCheck->setChecked(account.allowInsecureHttp);
    m_ui->useGetCheck->setChecked(account.useGet);
    m_ui->concurrencySpin->setValue(account.concurrency);
    m_ui->rateSpin->setValue(account.requestsPerSecond);
    m_ui->timeoutSpin->setValue(qMax(1, account.timeoutMs / 1000));
    m_ui->caFileEdit->setText(account.caCertificateFile);
    m_ui->testResultLabel->clear();
    updateKindFields();
    updateInsecureWarning();
    updateSecretPlaceholder();
}

void CredentialsDialog::updateSecretPlaceholder()
{
    const auto account = m_editingId.isEmpty() ? std::nullopt : m_accounts->account(m_editingId);
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
    m_ui->secretEdit->setPlaceholderText(text);
}

void CredentialsDialog::updateKindFields()
{
    const bool partner = m_ui->kindCombo->currentData().toInt() == int(Credentials::Kind::Partner);
    m_ui->formLayout->setRowVisible(m_ui->emailEdit, !partner);
    m_ui->secretLabel->setText(partner ? tr("&Host key:") : tr("API t&oken:"));
    m_ui->secretEdit->setAccessibleName(partner ? tr("Host key") : tr("API token"));
}

void CredentialsDialog::updateInsecureWarning()
{
    const QUrl url(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    QString text;
    if (url.scheme() == QLatin1String("http") && !RailgunApi::isSecureOrLoopback(url)) {
        text = m_ui->allowInsecureCheck->isChecked()
                   ? tr("Credentials will be sent unencrypted to %1.").arg(url.host())
                   : tr("Plain http:// to %1 is refused: it would send your credentials unencrypted. Use "
                        "https://, or tick “Allow insecure http://” if you really mean it.")
                         .arg(url.host());
    }
    m_ui->insecureLabel->setText(text);
    m_ui->insecureLabel->setVisible(!text.isEmpty());
}

void CredentialsDialog::updateConsentText()
{
    const QString file = QDir::toNativeSeparators(m_accounts->fileName());
    m_ui->plainConsentCheck->setText(tr("I un&derstand: store it unencrypted in %1 (mode 0600)").arg(file));
    m_ui->plainConsentCheck->setToolTip(tr("Anyone who can read your files, or a copy of %1 (a backup, a "
                                           "synced folder), can read the secret.")
                                            .arg(file));
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
        tr("Remove the account “%1” and its saved secret? Its domain list stays on disk.")
            .arg(account->name),
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
    setStatus(tr("“%1” is now the current account.").arg(m_ui->nameEdit->text()));
}

void CredentialsDialog::chooseCaFile()
{
    const QString start = m_ui->caFileEdit->text().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_ui->caFileEdit->text()).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose a CA Certificate"), start,
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(QDir::toNativeSeparators(file));
}

Account CredentialsDialog::accountFromForm() const
{
    Account a;
    if (const auto stored = m_editingId.isEmpty() ? std::nullopt : m_accounts->account(m_editingId))
        a = *stored; // keeps id and secretStorage
    a.name = m_ui->nameEdit->text().trimmed();
    a.kind = Credentials::Kind(m_ui->kindCombo->currentData().toInt());
    a.email = a.kind == Credentials::Kind::Client ? m_ui->emailEdit->text().trimmed() : QString();
    QUrl url(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/')); // actions are resolved relative to the base
    a.baseUrl = url;
    a.allowInsecureHttp = m_ui->allowInsecureCheck->isChecked();
    a.useGet = m_ui->useGetCheck->isChecked();
    a.concurrency = m_ui->concurrencySpin->value();
    a.requestsPerSecond = m_ui->rateSpin->value();
    a.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    a.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    return a;
}

QString CredentialsDialog::transportProblem(const Account &account) const
{
    const QUrl &url = account.baseUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The API base URL must be an https:// address, such as %1.")
            .arg(ApiOptions::defaultBaseUrl().toString());
    if (!RailgunApi::isSecureOrLoopback(url) && !account.allowInsecureHttp)
        return tr("Plain http:// to %1 would send your credentials unencrypted. Use https://, or tick "
                  "“Allow insecure http://”.")
            .arg(url.host());
    QString caProblem;
    account.apiOptions(&caProblem);
    return caProblem;
}

QString CredentialsDialog::validate(const Account &account, const QString &secret) const
{
    if (account.name.isEmpty())
        return tr("Enter a name for the account.");
    if (account.kind == Credentials::Kind::Client && !account.email.contains(QLatin1Char('@')))
        return tr("Enter the account's e-mail address.");
    const QString transport = transportProblem(account);
    if (!transport.isEmpty())
        return transport;
    if (!secret.isEmpty())
        return QString();

    const auto stored = m_editingId.isEmpty() ? std::nullopt : m_accounts->account(m_editingId);
    bool needSecret = !stored || stored->kind != account.kind;
    if (stored && stored->secretStorage == Account::SecretStorage::SessionOnly)
        needSecret = needSecret || m_credentials->sessionSecret(stored->id).isEmpty();
    if (stored && stored->secretStorage == Account::SecretStorage::SettingsFile)
        needSecret = needSecret || m_accounts->plainSecret(stored->id).isEmpty();
    if (needSecret)
        return account.kind == Credentials::Kind::Client ? tr("Enter the API token.")
                                                         : tr("Enter the host key.");
    return QString();
}

void CredentialsDialog::save()
{
    if (m_busy)
        return;
    Account account = accountFromForm();
    const QString secret = m_ui->secretEdit->text();
    const QString problem = validate(account, secret);
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

    if (m_keychainFailed && m_ui->settingsFileRadio->isChecked()) {
        if (!m_ui->plainConsentCheck->isChecked()) {
            fail(tr("Tick the box to confirm that the secret may be stored unencrypted, or choose "
                    "“this session only”."));
            m_ui->plainConsentCheck->setFocus();
            return;
        }
        account.secretStorage = Account::SecretStorage::SettingsFile;
        finishSave(account, secret);
        return;
    }
    if (m_keychainFailed && m_ui->sessionOnlyRadio->isChecked()) {
        account.secretStorage = Account::SecretStorage::SessionOnly;
        finishSave(account, secret);
        return;
    }

    setBusy(true, tr("Saving the secret in the system keychain\u2026"));
    QPointer<CredentialsDialog> self(this);
    m_credentials->write(account.id, secret,
                         [self, account, secret](const CredentialStore::Result &r) mutable {
                             if (!self)
                                 return;
                             self->setBusy(false);
                             if (r.status == CredentialStore::Status::Ok) {
                                 account.secretStorage = Account::SecretStorage::Keychain;
                                 self->finishSave(account, secret);
                             } else {
                                 self->showKeychainUnavailable(r.message);
                             }
                         });
}

void CredentialsDialog::finishSave(Account account, const QString &secret)
{
    const auto previous = m_accounts->account(account.id);
    m_editingId = account.id; // before save(): accountsChanged reloads the list around it
    const QString id = m_accounts->save(account);
    m_editingId = id;

    if (!secret.isEmpty()) {
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
                fail(tr("The secret could not be written to %1.")
                         .arg(QDir::toNativeSeparators(m_accounts->fileName())));
                return;
            }
            break;
        }
        // A copy left in the keychain from before would be stale.
        if (previous && previous->secretStorage == Account::SecretStorage::Keychain &&
            account.secretStorage != Account::SecretStorage::Keychain)
            m_credentials->remove(id, [](const CredentialStore::Result &) {});
    }
    if (m_accounts->currentAccountId().isEmpty())
        m_accounts->setCurrentAccountId(id);

    hideKeychainChoice();
    reloadList();
    m_ui->secretEdit->clear();
    m_ui->removeButton->setEnabled(true);
    updateSecretPlaceholder();

    QString status = tr("Saved.");
    if (!secret.isEmpty()) {
        switch (account.secretStorage) {
        case Account::SecretStorage::Keychain:
            status = tr("Saved. The secret is in the system keychain.");
            break;
        case Account::SecretStorage::SessionOnly:
            status = tr("Saved. The secret is kept for this session only and will be asked for again.");
            break;
        case Account::SecretStorage::SettingsFile:
            status = tr("Saved. The secret is stored unencrypted in %1.")
                         .arg(QDir::toNativeSeparators(m_accounts->fileName()));
            break;
        }
    }
    setStatus(status);
    emit accountSaved(id);
}

void CredentialsDialog::showKeychainUnavailable(const QString &message)
{
    m_keychainFailed = true;
    m_ui->keychainMessageLabel->setText(
        tr("The secret could not be saved in the system keychain.\n%1\nChoose how to keep it, then press "
           "Save again.")
            .arg(message));
    m_ui->keychainGroup->show();
    m_ui->sessionOnlyRadio->setFocus();
    fail(tr("The secret was not saved: the system keychain is not available."));
}

void CredentialsDialog::hideKeychainChoice()
{
    m_keychainFailed = false;
    uncheck(m_ui->sessionOnlyRadio);
    uncheck(m_ui->settingsFileRadio);
    m_ui->plainConsentCheck->setChecked(false);
    m_ui->plainConsentCheck->setEnabled(false);
    m_ui->keychainMessageLabel->clear();
    m_ui->keychainGroup->hide();
}

void CredentialsDialog::testConnection()
{
    const Account account = accountFromForm();
    const QString problem = transportProblem(account);
    if (!problem.isEmpty()) {
        m_ui->testResultLabel->setText(problem);
        emit testFinished(false, problem);
        return;
    }
    const QString secret = m_ui->secretEdit->text();
    if (!secret.isEmpty()) {
        runTest(account, secret);
        return;
    }
    const auto stored = m_editingId.isEmpty() ? std::nullopt : m_accounts->account(m_editingId);
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
    if (!m_testApi)
        m_testApi = new RailgunApi(m_nam, this);
    if (m_testReply)
        m_testReply->cancel();
    m_testApi->setOptions(account.apiOptions());
    m_testApi->setCredentials(account.credentials(secret));
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing\u2026"));
    ApiReply *reply = m_testApi->listRailguns();
    m_testReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply != m_testReply)
            return; // superseded by a newer test
        m_testReply = nullptr;
        m_ui->testButton->setEnabled(true);
        const QString text = result.ok()
                                 ? tr("Connected: %n Railgun(s)", nullptr, int(result.railguns.size()))
                                 : result.error.toText();
        m_ui->testResultLabel->setText(text);
        emit testFinished(result.ok(), text);
    });
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
