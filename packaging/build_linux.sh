#!/usr/bin/env bash
# Build the Linux onedir bundle dist/CadreDesk with PyInstaller, run its self-test, report its size.
#
#   packaging/build_linux.sh                  # build venv in build/venv, bundle in dist/CadreDesk
#   PYTHON=python3.11 packaging/build_linux.sh
#
# The build venv holds PyInstaller (packaging/requirements-build.txt) and CadreDesk installed from this
# tree with its pinned dependencies; the project's own .venv is not touched. The bundle runs on Linux
# systems whose glibc is at least the build machine's (the script prints the floor it found): build on
# the oldest system you ship to (glibc 2.28 for Kylin V10 / UOS V20, see packaging/README.md).
# The frozen app is started offscreen with --self-test in a throwaway home folder; the build fails
# unless it prints "self-test ok". Needs: python3 with venv and its shared library (Debian: python3-venv,
# libpython3.11), binutils (objdump), Qt's system libraries (scripts/install.sh lists them).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-build/venv}
DIST=${DIST:-dist}
APP="$DIST/CadreDesk"

say() { printf '>> %s\n' "$*"; }

command -v objdump >/dev/null || { echo "objdump missing: install binutils (PyInstaller needs it)" >&2; exit 1; }
# PyInstaller bundles libpython: a Python without the shared library cannot be frozen
pyver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
libdir=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')
if ! ls "$libdir"/libpython"$pyver"*.so* >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q "libpython$pyver\.so"; then
  echo "libpython$pyver.so not found: install it (Debian/Ubuntu/Kylin/UOS: apt install libpython$pyver)" \
    "or use a Python built with --enable-shared" >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "build venv $VENV ($("$PYTHON" --version))"
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
say "installing PyInstaller and CadreDesk (with its pinned dependencies) into $VENV"
"$VENV/bin/python" -m pip install -q -r packaging/requirements-build.txt .

say "PyInstaller $("$VENV/bin/pyinstaller" --version) → $APP"
rm -rf "$APP"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath build/pyinstaller packaging/cadredesk.spec

say "self-test of the frozen build (offscreen, empty home folder)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set +e
out=$(env -i PATH=/usr/bin:/bin HOME="$tmp" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" \
  "$APP/CadreDesk" --self-test --db "$tmp/自检.sqlite" 2>&1)
code=$?
set -e
printf '%s\n' "$out" | sed 's/^/   | /'
if [ $code -ne 0 ] || ! printf '%s\n' "$out" | grep -qx 'self-test ok'; then
  echo "self-test FAILED (exit $code)" >&2
  exit 1
fi

# The newest glibc symbol version any bundled ELF file asks for = the oldest glibc the bundle runs on.
floor=$(find "$APP" -type f \( -name '*.so*' -o -name CadreDesk \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -n 1)
size=$(du -sm "$APP" | cut -f1)
files=$(find "$APP" -type f | wc -l)
say "self-test ok; bundle $APP: ${size} MiB, $files files; needs ${floor:-GLIBC_?} or newer (built on glibc $(ldd --version | head -n1 | grep -o '[0-9.]*$'))"
