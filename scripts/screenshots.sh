#!/bin/sh
# Takes the README screenshots: the emulator with its demo data on a free port, the app with --demo under
# Xvfb, throw-away settings and data, each scenario grabbed by the app itself (QWidget::grab()) through the
# screenshot tool (railgun-desk-screenshots: the app plus the scenario, not installed).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
EMULATOR=$(find "$BUILD" -name railgun-emulator -type f -perm -u+x | head -n 1)
SHOTS=$(find "$BUILD" -name railgun-desk-screenshots -type f -perm -u+x | head -n 1)
[ -x "$EMULATOR" ] && [ -x "$SHOTS" ] || { echo "build railgun-emulator and railgun-desk-screenshots first" >&2; exit 2; }
OUT=$ROOT/docs/screenshots
mkdir -p "$OUT"
WORK=$(mktemp -d)
# The pictures need no waiting at the real limit (the emulator here has none either).
export RAILGUN_DEMO_RATE_LIMIT=0
EMU_PID=
cleanup() { [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

run_xvfb() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1440x900x24" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}

shoot() { # scenario file [emulator knobs...]
    scenario=$1; file=$2; shift 2
    rm -rf "$WORK/data" "$WORK/settings.ini" "$WORK/emu.out"
    "$EMULATOR" --demo --quiet --listen 127.0.0.1:0 "$@" >"$WORK/emu.out" 2>"$WORK/emu.err" &
    EMU_PID=$!
    i=0
    while [ ! -s "$WORK/emu.out" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    URL=$(head -n 1 "$WORK/emu.out")
    [ -n "$URL" ] || { echo "the emulator did not start" >&2; cat "$WORK/emu.err" >&2; exit 1; }
    run_xvfb "$SHOTS" --demo "$URL" --settings "$WORK/settings.ini" --data-dir "$WORK/data" \
        --scenario "$scenario" --output "$OUT/$file"
    kill "$EMU_PID" 2>/dev/null || true
    wait "$EMU_PID" 2>/dev/null || true
    EMU_PID=
    echo "$OUT/$file"
}

shoot main main-window.png
shoot bulk bulk-progress.png --latency_ms 120
shoot railguns railguns.png
shoot credentials credentials.png
