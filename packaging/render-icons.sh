#!/bin/sh
# Regenerates the PNG renders of the application icon from its SVG source.
# Needs rsvg-convert (Debian package librsvg2-bin). Run from anywhere:
#   packaging/render-icons.sh
set -eu

app_id=io.github.railgundesk.RailgunDesk
icons_dir="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
svg="$icons_dir/$app_id.svg"

command -v rsvg-convert >/dev/null 2>&1 || {
    echo "render-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
}

for size in 16 22 24 32 48 64 128 256; do
    out_dir="$icons_dir/hicolor/${size}x${size}/apps"
    mkdir -p "$out_dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out_dir/$app_id.png" "$svg"
    echo "rendered $out_dir/$app_id.png"
done
