#pragma once

#include <QTableView>

namespace Railgun {

class EnabledToggleDelegate;

// The domain table: row selection, sorting, the toggle delegate, Space to toggle the current row and a
// context menu
// (filled by its owner through customContextMenuRequested). It only reports what the user asked for; it never
// changes a row itself.
class DomainTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit DomainTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Domains of the selected rows (through the proxy), in view order.
    QStringList selectedDomains() const;
    // Column widths for a first start (no saved header state).
    void applyDefaultColumnWidths();

signals:
    void toggleRequested(const QString &domain);
    // The viewport changed size: other rows may be on screen.
    void viewportResized();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    EnabledToggleDelegate *m_toggle;
};

} // namespace Railgun
