#!/usr/bin/env bash
# The ctest fixture behind every test: a private D-Bus session bus with an unlocked gnome-keyring (the
# secret service QtKeychain talks to), so plain `ctest` works and never touches the desktop's own bus or
# keyring.
#   session-bus.sh start DIR ADDRESS   (fixture setup: DIR is scratch, ADDRESS e.g. unix:abstract=NAME)
#   session-bus.sh stop DIR ADDRESS    (fixture cleanup)
set -euo pipefail
action=$1 dir=$2 address=$3

answers() {
    dbus-send --bus="$address" --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ListNames 2>/dev/null
}

stop() {
    # Only the daemon this fixture started (its pid file); the keyring ends with its bus.
    if [[ -f "$dir/bus.pid" ]]; then
        kill "$(cat "$dir/bus.pid")" 2>/dev/null || true
        rm -f "$dir/bus.pid"
    fi
}

case "$action" in
start)
    for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { echo "session-bus: $tool is missing (run scripts/setup-deps)" >&2; exit 1; }
    done
    stop # a bus left by an interrupted run
    rm -rf "$dir"
    mkdir -p "$dir/home" "$dir/run"
    chmod 700 "$dir/run"
    # setsid and no inherited output: ctest must not wait for the daemons' ends of its pipes.
    setsid dbus-daemon --session --address="$address" --fork --print-pid=1 >"$dir/bus.pid" </dev/null 2>"$dir/bus.log"
    for _ in $(seq 50); do answers >/dev/null && break; sleep 0.1; done
    answers >/dev/null || { echo "session-bus: the bus at $address does not answer" >&2; cat "$dir/bus.log" >&2; exit 1; }
    printf 'railgun-test' | env HOME="$dir/home" XDG_DATA_HOME="$dir/home/.local/share" XDG_RUNTIME_DIR="$dir/run" \
        DBUS_SESSION_BUS_ADDRESS="$address" setsid gnome-keyring-daemon --unlock --components=secrets \
        >"$dir/keyring.log" 2>&1
    for _ in $(seq 50); do answers | grep -q '"org.freedesktop.secrets"' && break; sleep 0.1; done
    answers | grep -q '"org.freedesktop.secrets"' || { echo "session-bus: no secret service on the bus" >&2; cat "$dir/keyring.log" >&2; exit 1; }
    echo "$address" >"$dir/address" # for running a test binary by hand (README, Contributing)
    echo "session-bus: $address with an unlocked keyring (home $dir/home)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop DIR ADDRESS" >&2
    exit 2
    ;;
esac
