#include "DomainTableView.h"

#include "EnabledToggleDelegate.h"
#include "ReadOnlyTable.h"
#include "models/DomainTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Railgun {

DomainTableView::DomainTableView(QWidget *parent)
    : QTableView(parent)
    , m_toggle(new EnabledToggleDelegate(this))
{
    ReadOnlyTable::setUp(this, tr("Domains"));
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new DomainCellDelegate(this));
    setItemDelegateForColumn(DomainTableModel::EnabledColumn, m_toggle);
    horizontalHeader()->setSectionsMovable(true);
    connect(m_toggle, &EnabledToggleDelegate::toggleRequested, this, [this](const QModelIndex &index) {
        emit toggleRequested(index.data(DomainTableModel::DomainRole).toString());
    });
}

void DomainTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(DomainTableModel::DomainColumn, Qt::AscendingOrder);
}

void DomainTableView::applyDefaultColumnWidths()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(DomainTableModel::DomainColumn, 15 * em);
    // Wide enough for a typical public name ("Amsterdam edge") and "Not connected" in German and French.
    setColumnWidth(DomainTableModel::RailgunColumn, 12 * em);
    setColumnWidth(DomainTableModel::ConnectionColumn, 11 * em);
    setColumnWidth(DomainTableModel::EnabledColumn, 8 * em);
    setColumnWidth(DomainTableModel::RailgunStatusColumn, 9 * em);
    setColumnWidth(DomainTableModel::LastResultColumn, 16 * em);
}

QStringList DomainTableView::selectedDomains() const
{
    QStringList out;
    if (!selectionModel())
        return out;
    QModelIndexList rows = selectionModel()->selectedRows(DomainTableModel::DomainColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    out.reserve(rows.size());
    for (const QModelIndex &i : std::as_const(rows))
        out.append(i.data(DomainTableModel::DomainRole).toString());
    return out;
}

void DomainTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Select) &&
        event->modifiers() == Qt::NoModifier) {
        const QModelIndex current = currentIndex().siblingAtColumn(DomainTableModel::EnabledColumn);
        if (current.isValid()) {
            if (EnabledToggleDelegate::canToggle(current))
                emit toggleRequested(current.data(DomainTableModel::DomainRole).toString());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void DomainTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    emit viewportResized();
}

} // namespace Railgun
