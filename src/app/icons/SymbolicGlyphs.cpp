// The drawings behind SymbolicIcon: one short function per glyph on a 16 x 16 grid, strokes 1.5 units wide
// with round ends, so the set reads as one family next to the text of menus and tool buttons.

#include "icons/SymbolicIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Railgun::SymbolicIcon {

namespace {

void usePen(QPainter *p, const QColor &color, qreal width = 1.5)
{
    p->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
}

void useFill(QPainter *p, const QColor &color)
{
    p->setPen(Qt::NoPen);
    p->setBrush(color);
}

void polyline(QPainter *p, std::initializer_list<QPointF> points)
{
    p->drawPolyline(points.begin(), int(points.size()));
}

// A filled arrowhead whose tip lies `length` ahead of `at` in direction `angleDegrees` (screen angle:
// 0 = right, 90 = down).
void arrowHead(QPainter *p, const QColor &color, QPointF at, qreal angleDegrees, qreal length = 2.75)
{
    const qreal a = qDegreesToRadians(angleDegrees);
    const QPointF d(qCos(a), qSin(a));
    const QPointF n(-d.y(), d.x());
    useFill(p, color);
    const QPointF head[] = {at + d * length, at - d * 0.5 + n * length, at - d * 0.5 - n * length};
    p->drawPolygon(head, 3);
}

// An arc around the circle in `box` from `startDegrees`, `spanDegrees` long (Qt's convention: positive is
// counter-clockwise, 0 is three o'clock); returns the screen angle of travel at its end.
qreal arc(QPainter *p, const QRectF &box, qreal startDegrees, qreal spanDegrees, QPointF *end)
{
    QPainterPath path;
    path.arcMoveTo(box, startDegrees);
    path.arcTo(box, startDegrees, spanDegrees);
    p->drawPath(path);
    *end = path.currentPosition();
    const qreal endDegrees = startDegrees + spanDegrees;
    // The tangent of a circle is perpendicular to its radius; screen y grows downwards.
    return spanDegrees < 0 ? -endDegrees + 90 : -endDegrees - 90;
}

void chainLink(QPainter *p, qreal from, qreal to)
{
    p->drawRoundedRect(QRectF(from, -2.5, to - from, 5), 2.5, 2.5);
}

void tray(QPainter *p)
{
    polyline(p, {{2.5, 10}, {2.5, 13.5}, {13.5, 13.5}, {13.5, 10}});
}

// A ring with a vertical bar from `barTop` to `barBottom` and a dot at `dotY`: "!" and "i".
void circledMark(QPainter *p, const QColor &color, qreal barTop, qreal barBottom, qreal dotY)
{
    p->drawEllipse(QRectF(2, 2, 12, 12));
    usePen(p, color, 1.75);
    p->drawLine(QPointF(8, barTop), QPointF(8, barBottom));
    useFill(p, color);
    p->drawEllipse(QPointF(8, dotY), 1, 1);
}

void cross(QPainter *p, const QRectF &box)
{
    p->drawLine(box.topLeft(), box.bottomRight());
    p->drawLine(box.topRight(), box.bottomLeft());
}

} // namespace

void drawGlyph(QPainter *p, Glyph glyph, const QColor &color)
{
    p->save();
    usePen(p, color);
    QPointF end;
    switch (glyph) {
    case Glyph::Refresh: {
        // Clockwise from half past four round to one o'clock, the arrow pointing on.
        const qreal heading = arc(p, QRectF(2.5, 2.5, 11, 11), -60, -270, &end);
        arrowHead(p, color, end, heading);
        break;
    }
    case Glyph::Enable: {
        const QPointF triangle[] = {{5, 3}, {13, 8}, {5, 13}};
        p->setBrush(color);
        p->drawPolygon(triangle, 3);
        break;
    }
    case Glyph::Disable:
        useFill(p, color);
        p->drawRoundedRect(QRectF(3.5, 3, 3.25, 10), 1, 1);
        p->drawRoundedRect(QRectF(9.25, 3, 3.25, 10), 1, 1);
        break;
    case Glyph::Connect:
        p->translate(8, 8);
        p->rotate(-45);
        chainLink(p, -7, 1);
        chainLink(p, -1, 7);
        break;
    case Glyph::Disconnect:
        p->translate(8, 8);
        p->rotate(-45);
        chainLink(p, -7.5, -1.5);
        chainLink(p, 1.5, 7.5);
        p->drawLine(QPointF(0, -3.5), QPointF(0, -5.5));
        p->drawLine(QPointF(0, 3.5), QPointF(0, 5.5));
        break;
    case Glyph::Add:
        usePen(p, color, 2);
        p->drawLine(QPointF(8, 3), QPointF(8, 13));
        p->drawLine(QPointF(3, 8), QPointF(13, 8));
        break;
    case Glyph::Remove:
        usePen(p, color, 2);
        p->drawLine(QPointF(3, 8), QPointF(13, 8));
        break;
    case Glyph::SelectAll:
        p->drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 1.5, 1.5);
        polyline(p, {{5, 8.25}, {7.25, 10.5}, {11, 5.75}});
        break;
    case Glyph::Undo: {
        QPainterPath shaft;
        shaft.moveTo(13, 13);
        shaft.cubicTo(13, 8, 10.5, 5.5, 6, 5.5);
        p->drawPath(shaft);
        arrowHead(p, color, QPointF(5, 5.5), 180);
        break;
    }
    case Glyph::Stop:
        useFill(p, color);
        p->drawRoundedRect(QRectF(3.5, 3.5, 9, 9), 1.5, 1.5);
        break;
    case Glyph::Import:
        tray(p);
        p->drawLine(QPointF(8, 2.5), QPointF(8, 9.5));
        polyline(p, {{4.75, 6.75}, {8, 10}, {11.25, 6.75}});
        break;
    case Glyph::Export:
        tray(p);
        p->drawLine(QPointF(8, 10.5), QPointF(8, 3));
        polyline(p, {{4.75, 5.75}, {8, 2.5}, {11.25, 5.75}});
        break;
    case Glyph::Accounts: {
        useFill(p, color);
        p->drawEllipse(QPointF(8, 5), 2.75, 2.75);
        QPainterPath body;
        body.moveTo(2.5, 14);
        body.cubicTo(2.5, 9.25, 13.5, 9.25, 13.5, 14);
        body.closeSubpath();
        p->drawPath(body);
        break;
    }
    case Glyph::Quit:
        arc(p, QRectF(3, 3.5, 10, 10), 60, -300, &end);
        p->drawLine(QPointF(8, 2), QPointF(8, 8));
        break;
    case Glyph::Failed: // "!"
        circledMark(p, color, 4.75, 8.75, 11.25);
        break;
    case Glyph::About: // "i"
        circledMark(p, color, 7.25, 11.25, 4.75);
        break;
    case Glyph::Close:
        usePen(p, color, 1.75);
        cross(p, QRectF(4, 4, 8, 8));
        break;
    case Glyph::ClearText:
        // A disc with the cross cut out of it (drawn into a transparent pixmap).
        useFill(p, color);
        p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
        p->setCompositionMode(QPainter::CompositionMode_Clear);
        usePen(p, Qt::black, 1.6);
        cross(p, QRectF(5.5, 5.5, 5, 5));
        break;
    case Glyph::ClearFilters: {
        const QPointF funnel[] = {{1.5, 2.5}, {12.5, 2.5}, {8.5, 7.5}, {8.5, 12}, {5.5, 13.5}, {5.5, 7.5}};
        p->drawPolygon(funnel, 6);
        cross(p, QRectF(11, 10, 3.5, 3.5));
        break;
    }
    case Glyph::Reveal: {
        QPainterPath eye;
        eye.moveTo(1.5, 8);
        eye.quadTo(8, 1.5, 14.5, 8);
        eye.quadTo(8, 14.5, 1.5, 8);
        p->drawPath(eye);
        useFill(p, color);
        p->drawEllipse(QPointF(8, 8), 2.25, 2.25);
        break;
    }
    case Glyph::Open: {
        const QPointF folder[] = {{1.5, 3}, {6, 3}, {7.5, 4.75}, {14.5, 4.75}, {14.5, 13}, {1.5, 13}};
        p->drawPolygon(folder, 6);
        p->drawLine(QPointF(1.5, 7), QPointF(14.5, 7));
        break;
    }
    }
    p->restore();
}

} // namespace Railgun::SymbolicIcon
