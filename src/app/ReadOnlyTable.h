#pragma once

#include <QAbstractItemView>

class QTableView;

namespace Railgun {

// The window's three tables (domains, Railguns, activity log) show server data that is never edited in
// place: whole rows are selected, no grid, alternating rows, one line of text per row at a fixed height
// (the view never measures 100,000 rows), no row numbers, the last section stretches unless told not to.
namespace ReadOnlyTable {
void setUp(QTableView *view, const QString &accessibleName,
           QAbstractItemView::SelectionMode selection = QAbstractItemView::ExtendedSelection);
} // namespace ReadOnlyTable

} // namespace Railgun
