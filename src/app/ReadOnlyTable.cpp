#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableView>

namespace Railgun {

void ReadOnlyTable::setUp(QTableView *view, const QString &accessibleName,
                          QAbstractItemView::SelectionMode selection)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAccessibleName(accessibleName);
}

} // namespace Railgun
