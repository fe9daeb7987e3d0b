#include "MessageBar.h"

#include "StatusPalette.h"
#include "icons/ThemeIcon.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Railgun {

namespace {
QColor kindColour(MessageBar::Kind kind, const QPalette &palette)
{
    // KMessageWidget's hues; the palette's highlight stands in for "information".
    switch (kind) {
    case MessageBar::Kind::Positive:
        return QColor(39, 174, 96);
    case MessageBar::Kind::Warning:
        return QColor(246, 116, 0);
    case MessageBar::Kind::Error:
        return QColor(218, 68, 83);
    case MessageBar::Kind::Information:
        break;
    }
    return palette.color(QPalette::Highlight);
}

QIcon iconFor(MessageBar::Kind kind)
{
    using StatusPalette::Tone;
    const QPalette palette = QApplication::palette();
    switch (kind) {
    case MessageBar::Kind::Positive:
        return ThemeIcon::bundled(QStringLiteral("status-enabled"),
                                  StatusPalette::colour(Tone::Positive, palette));
    case MessageBar::Kind::Warning:
        return ThemeIcon::bundled(QStringLiteral("status-error"),
                                  StatusPalette::colour(Tone::Neutral, palette));
    case MessageBar::Kind::Error:
        return ThemeIcon::bundled(QStringLiteral("status-error"),
                                  StatusPalette::colour(Tone::Negative, palette));
    case MessageBar::Kind::Information:
        break;
    }
    return ThemeIcon::bundled(QStringLiteral("help-about"), palette.color(QPalette::Highlight));
}

QColor mix(const QColor &a, const QColor &b, qreal bWeight)
{
    return QColor::fromRgbF(float(a.redF() * (1 - bWeight) + b.redF() * bWeight),
                            float(a.greenF() * (1 - bWeight) + b.greenF() * bWeight),
                            float(a.blueF() * (1 - bWeight) + b.blueF() * bWeight));
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actionsLayout(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);
    m_actionsLayout->setSpacing(2);
    layout->addLayout(m_actionsLayout);
    m_close->setAutoRaise(true);
    m_close->setIcon(ThemeIcon::icon(ThemeIcon::Id::Close));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_label->setText(text);
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The action's text without its mnemonic and shortcut detail reads better in a bar.
        connect(button, &QToolButton::triggered, this, [this](QAction *) { dismiss(); });
        m_actionsLayout->addWidget(button);
        m_buttons << button;
    }
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(iconFor(kind).pixmap(QSize(side, side), devicePixelRatioF()));
    applyColours();
    setAccessibleName(text);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBar::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_colouring)
        applyColours();
}

void MessageBar::applyColours()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor colour = kindColour(m_kind, base);
    m_colouring = true;
    QPalette p = base;
    p.setColor(QPalette::Window, mix(base.color(QPalette::Window), colour, 0.2));
    p.setColor(QPalette::Light, colour);
    p.setColor(QPalette::Dark, colour);
    p.setColor(QPalette::Mid, colour);
    setPalette(p);
    m_colouring = false;
}

} // namespace Railgun
