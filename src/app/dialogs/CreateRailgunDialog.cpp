#include "dialogs/CreateRailgunDialog.h"

#include "ui_CreateRailgunDialog.h"

#include "api/RailgunStatus.h"
#include "operations/DomainController.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>

namespace Railgun {

CreateRailgunDialog::CreateRailgunDialog(DomainController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateRailgunDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->pages->setCurrentWidget(m_ui->askPage);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CreateRailgunDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CreateRailgunDialog::reject);
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->tokenEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->copyButton, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->tokenEdit->text()); });
    connect(controller, &DomainController::railgunCreated, this, &CreateRailgunDialog::showToken);
    connect(controller, &DomainController::railgunOperationFailed, this, [this](const QString &message) {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        m_ui->buttons->setEnabled(true);
    });
}

CreateRailgunDialog::~CreateRailgunDialog()
{
    // The token is not kept anywhere once the dialog is gone.
    m_ui->tokenEdit->clear();
}

void CreateRailgunDialog::accept()
{
    if (m_ui->pages->currentWidget() == m_ui->tokenPage) {
        QDialog::accept();
        return;
    }
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString pubname = m_ui->pubnameEdit->text().trimmed();
    if (name.isEmpty() || pubname.isEmpty()) {
        m_ui->errorLabel->setText(tr("A Railgun needs a name and a public name."));
        m_ui->errorLabel->show();
        return;
    }
    m_waiting = true;
    m_ui->errorLabel->setText(tr("Creating…"));
    m_ui->errorLabel->show();
    m_ui->buttons->setEnabled(false);
    m_controller->createRailgun(name, pubname);
}

void CreateRailgunDialog::showToken(const InitResult &result)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ui->createdLabel->setText(tr("The Railgun \"%1\" was created (id %2, status %3). Its token:")
                                    .arg(result.name.toHtmlEscaped(), result.railgunId,
                                         railgunStatusText(result.status).toHtmlEscaped()));
    m_ui->tokenEdit->setText(result.rtkn);
    m_ui->pages->setCurrentWidget(m_ui->tokenPage);
    m_ui->buttons->setEnabled(true);
    m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    connect(m_ui->buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace Railgun
