#pragma once

#include <QDockWidget>

class QTableView;

namespace Railgun {

class ActivityLogModel;

// Every call of the session: time, account, action, domain, outcome, HTTP status, duration. Clear and copy.
class ActivityLogDock final : public QDockWidget
{
    Q_OBJECT

public:
    ActivityLogDock(ActivityLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void copySelection();

    ActivityLogModel *m_model;
    QTableView *m_view;
};

} // namespace Railgun
