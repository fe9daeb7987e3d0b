#include "dialogs/SecretStorageChoice.h"

#include "ui_SecretStorageChoice.h"

#include <QDir>

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

SecretStorageChoice::SecretStorageChoice(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::SecretStorageChoice>())
{
    m_ui->setupUi(this);
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, m_ui->plainConsentCheck, &QCheckBox::setEnabled);
    connect(m_ui->settingsFileRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            m_ui->plainConsentCheck->setChecked(false);
    });
    reset();
}

SecretStorageChoice::~SecretStorageChoice() = default;

void SecretStorageChoice::setSettingsFile(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    m_ui->plainConsentCheck->setText(tr("I un&derstand: store it unencrypted in %1 (mode 0600)").arg(file));
    m_ui->plainConsentCheck->setToolTip(tr("Anyone who can read your files, or a copy of %1 (a backup, a "
                                           "synced folder), can read the secret.")
                                            .arg(file));
}

void SecretStorageChoice::offer(const QString &keychainMessage)
{
    m_ui->keychainMessageLabel->setText(
        tr("The secret could not be saved in the system keychain.\n%1\nChoose "
           "how to keep it, then press Save again.")
            .arg(keychainMessage));
    show();
    m_ui->sessionOnlyRadio->setFocus();
}

void SecretStorageChoice::reset()
{
    uncheck(m_ui->sessionOnlyRadio);
    uncheck(m_ui->settingsFileRadio);
    m_ui->plainConsentCheck->setChecked(false);
    m_ui->plainConsentCheck->setEnabled(false);
    m_ui->keychainMessageLabel->clear();
    hide();
}

SecretStorageChoice::Choice SecretStorageChoice::choice() const
{
    if (m_ui->sessionOnlyRadio->isChecked())
        return Choice::SessionOnly;
    if (m_ui->settingsFileRadio->isChecked())
        return Choice::SettingsFile;
    return Choice::None;
}

bool SecretStorageChoice::consentGiven() const
{
    return m_ui->plainConsentCheck->isChecked();
}

void SecretStorageChoice::focusConsent()
{
    m_ui->plainConsentCheck->setFocus();
}

} // namespace Railgun
