#include "dialogs/ConnectToRailgunDialog.h"

#include "ui_ConnectToRailgunDialog.h"

#include "api/RailgunStatus.h"
#include "models/RailgunListModel.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace Railgun {

ConnectToRailgunDialog::ConnectToRailgunDialog(const RailgunListModel *railguns, int domainCount,
                                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectToRailgunDialog>())
{
    m_ui->setupUi(this);
    m_ui->countLabel->setText(tr("Connect %n selected domain(s) to:", nullptr, domainCount));
    int firstActive = -1;
    for (const RailgunInfo &r : railguns->railguns()) {
        const RailgunStatus status = railgunStatus(r.status);
        if (status == RailgunStatus::Deleted)
            continue;
        const bool active = status == RailgunStatus::Active;
        const QString label = active ? tr("%1 (%2)").arg(r.pubname, r.name)
                                     : tr("%1 (%2) — not activated").arg(r.pubname, r.name);
        m_ui->railgunCombo->addItem(label, r.id);
        if (!active) {
            auto *model = qobject_cast<QStandardItemModel *>(m_ui->railgunCombo->model());
            if (model)
                model->item(m_ui->railgunCombo->count() - 1)->setEnabled(false);
        } else if (firstActive < 0) {
            firstActive = m_ui->railgunCombo->count() - 1;
        }
    }
    m_ui->railgunCombo->setCurrentIndex(qMax(0, firstActive));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setEnabled(firstActive >= 0);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConnectToRailgunDialog::~ConnectToRailgunDialog() = default;

QString ConnectToRailgunDialog::railgunId() const
{
    return m_ui->railgunCombo->currentData().toString();
}

bool ConnectToRailgunDialog::enableNow() const
{
    return m_ui->enabledRadio->isChecked();
}

} // namespace Railgun
