#!/usr/bin/env bash
# Builds the .deb with CPack from an already built tree and checks it:
# validators on the sources, lintian on the package, the file layout, and that the packaged
# railgunctl runs against the system's Qt.
#   test-deb.sh <build dir> <source dir>
set -u

build_dir=$(cd "${1:?usage: test-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
source_dir=$(cd "${2:?usage: test-deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
app_id=io.github.railgundesk.RailgunDesk
scratch="$build_dir/tests/packaging/deb-check"

failures=0
pass() { printf 'PASS: %s\n' "$1"; }
fail() { printf 'FAIL: %s\n' "$1"; failures=$((failures + 1)); }
# check "description" command...: runs the command, shows its output, records the result.
check() {
    local what=$1; shift
    local out rc
    out=$("$@" 2>&1); rc=$?
    [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/    /'
    if [ $rc -eq 0 ]; then pass "$what"; else fail "$what (exit $rc)"; fi
    return $rc
}

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli file; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        fail "tool $tool is installed (apt-get install cmake dpkg-dev lintian desktop-file-utils appstream file)"
    fi
done
[ $failures -eq 0 ] || exit 1

rm -rf "$scratch"
mkdir -p "$scratch"

# --- sources ---------------------------------------------------------------------------------------
check "desktop-file-validate on the source .desktop file" \
    desktop-file-validate "$source_dir/packaging/$app_id.desktop"
check "appstreamcli validate --no-net on the source metainfo" \
    appstreamcli validate --no-net "$source_dir/packaging/$app_id.metainfo.xml"

# --- build the package -----------------------------------------------------------------------------
echo "cpack --config $build_dir/CPackConfig.cmake -B $scratch/package"
if ! (cd "$build_dir" && cpack --config "$build_dir/CPackConfig.cmake" -B "$scratch/package") \
        >"$scratch/cpack.log" 2>&1; then
    sed 's/^/    /' "$scratch/cpack.log"
    fail "cpack builds the .deb"
    exit 1
fi
shopt -s nullglob
debs=("$scratch"/package/railgun-desk_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    sed 's/^/    /' "$scratch/cpack.log"
    fail "cpack builds exactly one railgun-desk_*.deb (found ${#debs[@]})"
    exit 1
fi
deb=${debs[0]}
pass "cpack builds $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Architecture Maintainer Section Priority Depends Recommends \
    | sed 's/^/    /'

deb_version=$(dpkg-deb --field "$deb" Version)
upstream_version=${deb_version%-*}
depends=$(dpkg-deb --field "$deb" Depends)
case ",$depends," in
    *libsecret-1-0*) pass "Depends names libsecret-1-0" ;;
    *) fail "Depends names libsecret-1-0" ;;
esac
case "$depends" in
    *libqt6core6*) pass "Depends has the Qt libraries found by dpkg-shlibdeps" ;;
    *) fail "Depends has the Qt libraries found by dpkg-shlibdeps" ;;
esac
changelog_version=$(head -n 1 "$source_dir/packaging/changelog.Debian" | sed -n 's/^[^ ]* (\([^)]*\)).*/\1/p')
if [ "$changelog_version" = "$deb_version" ]; then
    pass "changelog.Debian's newest entry is $deb_version"
else
    fail "changelog.Debian's newest entry ($changelog_version) is the package version ($deb_version)"
fi

# --- lintian: no errors ------------------------------------------------------------------------------
lintian --tag-display-limit 0 --display-info "$deb" >"$scratch/lintian.log" 2>&1
sed 's/^/    /' "$scratch/lintian.log"
if grep -q '^E:' "$scratch/lintian.log"; then
    fail "lintian reports no errors"
elif grep -q '^[EW]:' "$scratch/lintian.log"; then
    pass "lintian reports no errors (warnings above)"
else
    pass "lintian reports no errors or warnings"
fi

# --- contents ----------------------------------------------------------------------------------------
root="$scratch/root"
check "dpkg -x unpacks the package" dpkg -x "$deb" "$root" || exit 1

expected=(
    usr/bin/railgun-desk
    usr/bin/railgunctl
    usr/bin/railgun-emulator
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/railgun-desk.1.gz
    usr/share/man/man1/railgunctl.1.gz
    usr/share/man/man1/railgun-emulator.1.gz
    usr/share/doc/railgun-desk/copyright
    usr/share/doc/railgun-desk/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=0
for path in "${expected[@]}"; do
    if [ ! -f "$root/$path" ]; then
        echo "    missing: /$path"
        missing=1
    fi
done
[ $missing -eq 0 ] && pass "all ${#expected[@]} expected files are installed" \
    || fail "all expected files are installed"

for bin in railgun-desk railgunctl railgun-emulator; do
    if [ -x "$root/usr/bin/$bin" ]; then :; else fail "usr/bin/$bin is executable"; fi
done
if [ -e "$root/usr/local" ]; then fail "nothing is installed under /usr/local"; else pass "nothing is installed under /usr/local"; fi
unstripped=$(file "$root"/usr/bin/* | grep -v ', stripped' || true)
if [ -z "$unstripped" ]; then pass "binaries are stripped"; else echo "    $unstripped"; fail "binaries are stripped"; fi

check "desktop-file-validate on the installed .desktop file" \
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net on the installed metainfo" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"

# --- the packaged CLI runs with the system's Qt ------------------------------------------------------
version_out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/railgunctl" --version 2>&1)
version_rc=$?
echo "    railgunctl --version -> exit $version_rc, output: ${version_out:-<nothing>}"
if [ $version_rc -eq 0 ] && printf '%s\n' "$version_out" | head -n 1 | grep -qx "railgunctl $upstream_version"; then
    pass "packaged railgunctl --version prints \"railgunctl $upstream_version\""
else
    fail "packaged railgunctl --version prints \"railgunctl $upstream_version\" and exits 0"
fi

echo
if [ $failures -eq 0 ]; then
    echo "packaging: all checks passed ($deb)"
    exit 0
fi
echo "packaging: $failures check(s) failed"
exit 1
