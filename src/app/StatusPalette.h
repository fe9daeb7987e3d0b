#pragma once

#include <QColor>

class QPalette;

namespace Railgun {

// The colours that carry a meaning (it worked, it failed, it needs a look, it is waiting), derived from the
// palette as KDE's colour schemes do for positive/negative/neutral text: a darker shade on a light base, a
// lighter one on a dark base, so each reads against the view's background. Never the only carrier of
// meaning: every use has an icon shape and words too.
namespace StatusPalette {

enum class Tone
{
    Positive, // enabled, succeeded
    Negative, // failed
    Neutral,  // needs a look (warnings, disabled-by-choice)
    Active,   // in progress
    Muted,    // not connected, stale, unknown
};

QColor colour(Tone tone, const QPalette &palette);
// Whether the palette's base (view background) is dark.
bool isDark(const QPalette &palette);

} // namespace StatusPalette

} // namespace Railgun
