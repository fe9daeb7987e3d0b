#pragma once

#include <QStyledItemDelegate>

namespace Railgun {

// Paints the "enabled" cell as a check box from the style (follows the palette) and turns a click or
// Space into toggleRequested(). It never changes the model: the controller does, from the server's answer.
// A pending row (call in flight) and a row without a connection cannot be toggled.
class EnabledToggleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static bool canToggle(const QModelIndex &index);

signals:
    void toggleRequested(const QModelIndex &index);
};

// The other cells: the default painting, with error text and pending rows marked using palette colours.
class DomainCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Railgun
