#include "EnabledToggleDelegate.h"

#include "models/DomainTableModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace Railgun {

bool EnabledToggleDelegate::canToggle(const QModelIndex &index)
{
    return index.isValid() && !index.data(DomainTableModel::PendingRole).toBool() &&
           index.data(DomainTableModel::ConnectionStateRole).toInt() ==
               int(DomainTableModel::ConnectionState::Connected);
}

void EnabledToggleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QVariant check = index.data(Qt::CheckStateRole);
    const bool pending = index.data(DomainTableModel::PendingRole).toBool();

    // Background and selection as every other cell, then the indicator and its word.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!check.isValid() && !pending)
        return;

    QStyleOptionButton box;
    box.rect = style->subElementRect(QStyle::SE_CheckBoxIndicator, &box, widget);
    const int x = option.rect.x() + style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 4;
    box.rect.moveTo(x, option.rect.center().y() - box.rect.height() / 2 + 1);
    box.state = QStyle::State_Enabled;
    if (pending)
        box.state = QStyle::State_NoChange; // neither on nor off until the server answers
    else if (check.toInt() == Qt::Checked)
        box.state |= QStyle::State_On;
    else
        box.state |= QStyle::State_Off;
    box.palette = option.palette;
    style->drawPrimitive(QStyle::PE_IndicatorCheckBox, &box, painter, widget);

    const QString word = index.data(Qt::DisplayRole).toString();
    QRect textRect = option.rect;
    textRect.setLeft(box.rect.right() + 6);
    const bool muted = pending || index.data(DomainTableModel::StaleRole).toBool();
    const QPalette::ColorGroup group = muted ? QPalette::Disabled : QPalette::Normal;
    const QPalette::ColorRole role =
        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(option.palette.color(group, role));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, word);
    painter->restore();
}

QSize EnabledToggleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int indicator = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth);
    s.setWidth(qMax(s.width() + indicator + 12, 90));
    return s;
}

bool EnabledToggleDelegate::editorEvent(QEvent *event, QAbstractItemModel *,
                                        const QStyleOptionViewItem &option, const QModelIndex &index)
{
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || !option.rect.contains(e->position().toPoint()))
            return false;
        if (canToggle(index))
            emit toggleRequested(index);
        return true;
    }
    case QEvent::MouseButtonDblClick:
        return true; // the first click already toggled
    case QEvent::KeyPress: {
        auto *e = static_cast<QKeyEvent *>(event);
        if (e->key() != Qt::Key_Space && e->key() != Qt::Key_Select)
            return false;
        if (canToggle(index))
            emit toggleRequested(index);
        return true;
    }
    default:
        return false;
    }
}

void DomainCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state & QStyle::State_Selected;
    if (index.data(DomainTableModel::PendingRole).toBool()) {
        option->font.setItalic(true);
        if (!selected)
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (index.data(DomainTableModel::StaleRole).toBool()) {
        // A last known state, not read since the start: muted until the server confirms it again.
        if (!selected)
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (index.column() == DomainTableModel::LastResultColumn &&
               index.data(DomainTableModel::ErrorRole).toBool() && !selected) {
        // A subtle error colour derived from the palette: the text colour pulled towards red.
        const QColor text = option->palette.color(QPalette::Text);
        const QColor red(200, 40, 40);
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        const QColor tint = dark ? QColor(255, 120, 110) : red;
        option->palette.setColor(QPalette::Text, QColor((text.red() + 2 * tint.red()) / 3,
                                                        (text.green() + 2 * tint.green()) / 3,
                                                        (text.blue() + 2 * tint.blue()) / 3));
    }
}

} // namespace Railgun
