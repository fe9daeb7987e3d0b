#include "icons/SymbolicIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace Railgun::SymbolicIcon {

namespace {

// Paints one glyph at any size. Pixmaps are kept in QPixmapCache, keyed by glyph, size and colour, so a
// palette change (light/dark) paints fresh ones.
class SymbolicIconEngine final : public QIconEngine
{
public:
    explicit SymbolicIconEngine(Glyph glyph)
        : m_glyph(glyph)
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
        const QColor color = colorFor(mode);
        const QString key =
            QStringLiteral("railgun-symbolic-%1-%2-%3").arg(int(m_glyph)).arg(side).arg(color.rgba(), 0, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(side / 16.0, side / 16.0);
            drawGlyph(&p, m_glyph, color);
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

    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("RailgunSymbolicIcon"); }
    QIconEngine *clone() const override { return new SymbolicIconEngine(m_glyph); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
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

    Glyph m_glyph;
};

} // namespace

QIcon icon(Glyph glyph)
{
    return QIcon(new SymbolicIconEngine(glyph));
}

} // namespace Railgun::SymbolicIcon
