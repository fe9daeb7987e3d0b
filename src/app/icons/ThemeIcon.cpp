#include "icons/ThemeIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Railgun::ThemeIcon {

namespace {

QByteArray bundledSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QFile file(QStringLiteral(":/icons/symbolic/%1.svg").arg(name));
    const QByteArray svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, svg);
    return svg;
}

// Draws a bundled symbolic SVG, its "currentColor" replaced by the palette's text colour for the mode (or
// by a fixed colour). Pixmaps are cached by name, size and colour, so a palette change paints fresh ones.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(const QString &name, const QColor &colour)
        : m_name(name)
        , m_colour(colour)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const int side = qMin(rect.width(), rect.height());
        const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                           side);
        painter->drawPixmap(square, scaledPixmap(square.size() * scale, mode, state, scale));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels (QIcon::pixmap multiplies by the scale before asking).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0)
            return {};
        const QColor colour = colourFor(mode);
        const QString key =
            QStringLiteral("railgun-icon-%1-%2-%3").arg(m_name).arg(side).arg(colour.rgba(), 0, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
            QByteArray svg = bundledSource(m_name);
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(svg);
            QPainter p(&pixmap);
            if (colour.alpha() < 255)
                p.setOpacity(colour.alphaF());
            renderer.render(&p, QRectF(0, 0, side, side));
            p.end();
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}};
    }

    bool isNull() override { return bundledSource(m_name).isEmpty(); }
    QString key() const override { return QStringLiteral("RailgunTintedSvg"); }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_colour); }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (m_colour.isValid()) {
            if (mode == QIcon::Disabled)
                return palette.color(QPalette::Disabled, QPalette::WindowText);
            return m_colour;
        }
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        // Active is both a hovered tool button (window background) and a highlighted menu item: the text
        // colour reads on both.
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QColor m_colour;
};

bool lightPalette()
{
    return QGuiApplication::palette().color(QPalette::WindowText).lightness() < 128;
}

} // namespace

QString name(Id id)
{
    switch (id) {
    case Id::Refresh:
        return QStringLiteral("view-refresh");
    case Id::Enable:
        return QStringLiteral("media-playback-start");
    case Id::Disable:
        return QStringLiteral("media-playback-pause");
    case Id::Connect:
        return QStringLiteral("insert-link");
    case Id::Disconnect:
        return QStringLiteral("remove-link");
    case Id::Add:
        return QStringLiteral("list-add");
    case Id::Remove:
        return QStringLiteral("list-remove");
    case Id::SelectAll:
        return QStringLiteral("edit-select-all");
    case Id::Undo:
        return QStringLiteral("edit-undo");
    case Id::Redo:
        return QStringLiteral("edit-redo");
    case Id::Stop:
        return QStringLiteral("process-stop");
    case Id::Import:
        return QStringLiteral("document-import");
    case Id::Export:
        return QStringLiteral("document-export");
    case Id::Accounts:
        return QStringLiteral("system-users");
    case Id::Quit:
        return QStringLiteral("application-exit");
    case Id::Failed:
        return QStringLiteral("dialog-warning");
    case Id::ClearFilters:
        return QStringLiteral("edit-clear-all");
    case Id::About:
        return QStringLiteral("help-about");
    case Id::Close:
        return QStringLiteral("window-close");
    case Id::ClearText:
        return QStringLiteral("edit-clear");
    case Id::Reveal:
        return QStringLiteral("view-visible");
    case Id::Open:
        return QStringLiteral("document-open");
    case Id::Copy:
        return QStringLiteral("edit-copy");
    case Id::Find:
        return QStringLiteral("edit-find");
    case Id::Delete:
        return QStringLiteral("edit-delete");
    case Id::Edit:
        return QStringLiteral("document-edit");
    case Id::Send:
        return QStringLiteral("mail-send");
    case Id::Details:
        return QStringLiteral("document-properties");
    case Id::Shortcuts:
        return QStringLiteral("preferences-desktop-keyboard-shortcuts");
    }
    return {};
}

bool fromTheme(Id id)
{
    const QString n = name(id);
    return QIcon::hasThemeIcon(n) || (lightPalette() && QIcon::hasThemeIcon(n + QStringLiteral("-symbolic")));
}

QIcon icon(Id id)
{
    const QString n = name(id);
    if (QIcon::hasThemeIcon(n))
        return QIcon::fromTheme(n);
    if (lightPalette() && QIcon::hasThemeIcon(n + QStringLiteral("-symbolic")))
        return QIcon::fromTheme(n + QStringLiteral("-symbolic"));
    return bundled(n);
}

QIcon bundled(const QString &name, const QColor &colour)
{
    return QIcon(new TintedSvgEngine(name, colour));
}

} // namespace Railgun::ThemeIcon
