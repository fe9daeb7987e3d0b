#pragma once

#include <QDockWidget>

class QTableView;
class QPushButton;
class QSortFilterProxyModel;

namespace Railgun {

class DomainController;

// The account's Railguns: public name, name, status, mode, activated on, domains in the table.
// Create (init, token shown once) and delete (with confirmation); selecting one filters the table.
class RailgunPanel final : public QDockWidget
{
    Q_OBJECT

public:
    RailgunPanel(DomainController *controller, QWidget *parent = nullptr);

    QString selectedRailgunId() const;
    void clearSelection();
    QTableView *view() const { return m_view; }

public slots:
    void createRailgun();
    void deleteSelected();

signals:
    // The table shows only this Railgun's domains (empty id: all).
    void railgunFilterRequested(const QString &railgunId);

private:
    void updateButtons();

    DomainController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_create;
    QPushButton *m_delete;
    QPushButton *m_copy;
    QPushButton *m_showAll;
};

} // namespace Railgun
