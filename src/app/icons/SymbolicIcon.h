#pragma once

#include <QIcon>

class QPainter;

namespace Railgun {

// The app's own monochrome ("symbolic") icons, drawn with QPainter on a 16 x 16 grid in the palette's text
// colour: crisp at every size and scale, right on light and dark palettes, and free at start-up. Looking up
// theme icons parses the icon theme's index on the first call, and the style's standard icons decode every
// PNG size at once; together that was a third of the time to the first window.
namespace SymbolicIcon {

enum class Glyph
{
    Refresh,
    Enable,
    Disable,
    Connect,
    Disconnect,
    Add,
    Remove,
    SelectAll,
    Undo,
    Stop,
    Import,
    Export,
    Accounts,
    Quit,
    Failed,
    ClearFilters,
    About,
    Close,
    ClearText,
    Reveal,
    Open,
};

QIcon icon(Glyph glyph);

// Draws `glyph` in `color` on the 16 x 16 grid of `painter` (callers scale the painter to their size).
void drawGlyph(QPainter *painter, Glyph glyph, const QColor &color);

} // namespace SymbolicIcon

} // namespace Railgun
