#pragma once

#include <QIcon>

namespace Railgun {

// The app's icons come from the desktop's icon theme by their freedesktop names (a Breeze or Adwaita user
// sees their own), as qBittorrent's UIThemeManager does; where the theme lacks a name, a bundled symbolic
// SVG (resources/icons/symbolic/<name>.svg) is drawn in the palette's text colour, so it reads on light and
// dark palettes. A theme's own "-symbolic" variant is taken only on a light palette: Qt draws it in its
// fixed dark grey.
namespace ThemeIcon {

enum class Id
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
    Redo,
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
    Copy,
    Find,
    Delete,
    Edit,
    Send,
    Details,
    Shortcuts,
};

QIcon icon(Id id);
// The freedesktop name looked up in the theme (and the bundled file's name).
QString name(Id id);
// Whether icon(id) comes from the theme (false: the bundled drawing).
bool fromTheme(Id id);

// A bundled drawing, never the theme's: the row states ("status-enabled", "status-error", ...) and the
// message bar. Drawn in `colour`, or in the palette's text colour when `colour` is invalid.
QIcon bundled(const QString &name, const QColor &colour = QColor());

} // namespace ThemeIcon

} // namespace Railgun
