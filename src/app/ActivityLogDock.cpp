#include "ActivityLogDock.h"

#include "ReadOnlyTable.h"
#include "models/ActivityLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Railgun {

ActivityLogDock::ActivityLogDock(ActivityLogModel *model, QWidget *parent)
    : QDockWidget(tr("Activity Log"), parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("activityLogDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view->setModel(model);
    ReadOnlyTable::setUp(m_view, tr("Activity log"));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityLogModel::OutcomeColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(ActivityLogModel::TimeColumn, 7 * em);
    m_view->setColumnWidth(ActivityLogModel::AccountColumn, 8 * em);
    m_view->setColumnWidth(ActivityLogModel::ActionColumn, 11 * em);
    m_view->setColumnWidth(ActivityLogModel::DomainColumn, 12 * em);
    m_view->setColumnWidth(ActivityLogModel::HttpStatusColumn, 4 * em);
    m_view->setColumnWidth(ActivityLogModel::DurationColumn, 7 * em);
    layout->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("&Copy"), body);
    copy->setToolTip(tr("Copy the selected entries (all when none is selected) as text"));
    auto *clear = new QPushButton(tr("C&lear"), body);
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    setWidget(body);

    connect(copy, &QPushButton::clicked, this, &ActivityLogDock::copySelection);
    connect(clear, &QPushButton::clicked, model, &ActivityLogModel::clear);
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &ActivityLogDock::copySelection);
    // Follow new entries while the view is scrolled to the end.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

void ActivityLogDock::copySelection()
{
    QList<int> rows;
    if (m_view->selectionModel()) {
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model->toText(rows));
}

} // namespace Railgun
