#include "dialogs/AccountForm.h"

#include "ui_AccountForm.h"

#include "api/RailgunApi.h"
#include "icons/ThemeIcon.h"

#include <QFileDialog>
#include <QFileInfo>

namespace Railgun {

AccountForm::AccountForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountForm>())
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Client (e-mail and API token)"), int(Credentials::Kind::Client));
    m_ui->kindCombo->addItem(tr("Hosting partner (host key)"), int(Credentials::Kind::Partner));

    m_ui->revealButton->setIcon(ThemeIcon::icon(ThemeIcon::Id::Reveal));
    m_ui->revealButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->caBrowseButton->setIcon(ThemeIcon::icon(ThemeIcon::Id::Open));

    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->revealButton->setAccessibleName(shown ? tr("Hide secret") : tr("Show secret"));
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &AccountForm::updateKindFields);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &AccountForm::updateInsecureWarning);
    connect(m_ui->allowInsecureCheck, &QCheckBox::toggled, this, &AccountForm::updateInsecureWarning);
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, &AccountForm::chooseCaFile);

    m_ui->insecureLabel->hide();
}

AccountForm::~AccountForm() = default;

void AccountForm::fill(const Account &account)
{
    m_ui->nameEdit->setText(account.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(account.kind)));
    m_ui->emailEdit->setText(account.email);
    m_ui->secretEdit->clear();
    m_ui->baseUrlEdit->setText(account.baseUrl.toString());
    m_ui->allowInsecureCheck->setChecked(account.allowInsecureHttp);
    m_ui->useGetCheck->setChecked(account.useGet);
    m_ui->concurrencySpin->setValue(account.concurrency);
    m_ui->rateSpin->setValue(account.rateLimitRequests);
    m_ui->rateWindowSpin->setValue(account.rateLimitWindowSecs);
    m_ui->recheckSpin->setValue(account.recheckMinutes);
    m_ui->timeoutSpin->setValue(qMax(1, account.timeoutMs / 1000));
    m_ui->caFileEdit->setText(account.caCertificateFile);
    updateKindFields();
    updateInsecureWarning();
}

Account AccountForm::toAccount(Account a) const
{
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
    a.rateLimitRequests = m_ui->rateSpin->value();
    a.rateLimitWindowSecs = m_ui->rateWindowSpin->value();
    a.recheckMinutes = m_ui->recheckSpin->value();
    a.timeoutMs = m_ui->timeoutSpin->value() * 1000;
    a.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    return a;
}

QString AccountForm::secret() const
{
    return m_ui->secretEdit->text();
}

void AccountForm::clearSecret()
{
    m_ui->secretEdit->clear();
}

void AccountForm::setSecretPlaceholder(const QString &text)
{
    m_ui->secretEdit->setPlaceholderText(text);
}

void AccountForm::focusName()
{
    m_ui->nameEdit->setFocus();
}

void AccountForm::updateKindFields()
{
    const bool partner = m_ui->kindCombo->currentData().toInt() == int(Credentials::Kind::Partner);
    m_ui->formLayout->setRowVisible(m_ui->emailEdit, !partner);
    m_ui->secretLabel->setText(partner ? tr("&Host key:") : tr("API t&oken:"));
    m_ui->secretEdit->setAccessibleName(partner ? tr("Host key") : tr("API token"));
}

void AccountForm::updateInsecureWarning()
{
    const QUrl url(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    QString text;
    if (url.scheme() == QLatin1String("http") && !RailgunApi::isSecureOrLoopback(url)) {
        text = m_ui->allowInsecureCheck->isChecked()
                   ? tr("Credentials will be sent unencrypted to %1.").arg(url.host())
                   : tr("Plain http:// to %1 is refused: it would send your "
                        "credentials unencrypted. Use https://, or tick “Allow "
                        "insecure http://” if you really mean it.")
                         .arg(url.host());
    }
    m_ui->insecureLabel->setText(text);
    m_ui->insecureLabel->setVisible(!text.isEmpty());
}

void AccountForm::chooseCaFile()
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

} // namespace Railgun
