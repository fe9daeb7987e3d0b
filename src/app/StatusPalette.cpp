#include "StatusPalette.h"

#include <QPalette>

namespace Railgun {

bool StatusPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusPalette::colour(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Each pair keeps a contrast of at least 4.5:1 against white (light) or #202020-ish bases (dark).
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x6f, 0xd6, 0x8c) : QColor(0x1b, 0x7a, 0x3d);
    case Tone::Negative:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x29, 0x2b);
    case Tone::Neutral:
        return dark ? QColor(0xff, 0xc0, 0x5c) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Active: {
        const QColor link = palette.color(QPalette::Link);
        return link.isValid() ? link : palette.color(QPalette::Highlight);
    }
    case Tone::Muted:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

} // namespace Railgun
