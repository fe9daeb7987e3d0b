#include "RailgunPanel.h"

#include "ReadOnlyTable.h"
#include "api/RailgunStatus.h"
#include "dialogs/CreateRailgunDialog.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Railgun {

RailgunPanel::RailgunPanel(DomainController *controller, QWidget *parent)
    : QDockWidget(tr("Railguns"), parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("railgunPanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_proxy->setSourceModel(controller->railgunModel());
    m_proxy->setSortRole(RailgunListModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RailgunListModel::PubnameColumn, Qt::AscendingOrder);
    ReadOnlyTable::setUp(m_view, tr("Railguns"), QAbstractItemView::SingleSelection);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(RailgunListModel::PubnameColumn, 11 * em);
    m_view->setColumnWidth(RailgunListModel::NameColumn, 6 * em);
    m_view->setColumnWidth(RailgunListModel::StatusColumn, 7 * em);
    m_view->setColumnWidth(RailgunListModel::ModeColumn, 4 * em);
    m_view->setColumnWidth(RailgunListModel::ActivatedColumn, 7 * em);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("C&reate…"), body);
    m_create->setToolTip(tr("Create a Railgun (init) and get its token"));
    m_delete = new QPushButton(tr("De&lete…"), body);
    m_copy = new QPushButton(tr("Copy &Token"), body);
    m_copy->setToolTip(tr("Copy the selected Railgun's token (rtkn) to the clipboard"));
    m_showAll = new QPushButton(tr("All &Domains"), body);
    m_showAll->setToolTip(tr("Show the domains of every Railgun in the table"));
    buttons->addWidget(m_create);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_showAll);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_create, &QPushButton::clicked, this, &RailgunPanel::createRailgun);
    connect(m_delete, &QPushButton::clicked, this, &RailgunPanel::deleteSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString key = m_controller->railgunModel()->apiKeyFor(selectedRailgunId());
        if (!key.isEmpty())
            QApplication::clipboard()->setText(key);
    });
    connect(m_showAll, &QPushButton::clicked, this, &RailgunPanel::clearSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit railgunFilterRequested(selectedRailgunId());
    });
    connect(controller->railgunModel(), &QAbstractItemModel::modelReset, this, &RailgunPanel::updateButtons);
    connect(controller, &DomainController::railgunOperationFailed, this, [this](const QString &message) {
        if (isVisible())
            QMessageBox::warning(this, tr("Railguns"), message);
    });
    updateButtons();
}

QString RailgunPanel::selectedRailgunId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RailgunListModel::IdRole).toString();
}

void RailgunPanel::clearSelection()
{
    m_view->clearSelection();
    emit railgunFilterRequested(QString());
}

void RailgunPanel::updateButtons()
{
    const QString id = selectedRailgunId();
    const bool hasApi = m_controller->session() != nullptr;
    m_create->setEnabled(hasApi);
    const auto info = m_controller->railgunModel()->railgun(id);
    m_delete->setEnabled(hasApi && info && railgunStatus(info->status) != RailgunStatus::Deleted);
    m_copy->setEnabled(info && !info->apiKey.isEmpty());
}

void RailgunPanel::createRailgun()
{
    CreateRailgunDialog dialog(m_controller, this);
    dialog.exec();
}

void RailgunPanel::deleteSelected()
{
    const QString id = selectedRailgunId();
    const auto info = m_controller->railgunModel()->railgun(id);
    if (!info)
        return;
    const int used = m_controller->domainCountFor(id);
    QString text = tr("Delete the Railgun \"%1\" (%2)?").arg(info->pubname, info->name);
    text += QLatin1Char('\n');
    text += used > 0 ? tr("%n listed domain(s) use it and will lose their Railgun connection.", nullptr, used)
                     : tr("No listed domain uses it.");
    const auto answer = QMessageBox::question(this, tr("Delete Railgun"), text,
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_controller->deleteRailgun(id);
}

} // namespace Railgun
