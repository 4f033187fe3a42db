#!/usr/bin/env bash
# Package the frozen bundle (packaging/build_linux.sh → dist/CadreDesk) as a .deb for Debian-family
# systems (Debian/Ubuntu, Kylin, UOS): installs offline with dpkg, adds a menu entry, removes cleanly.
#
#   packaging/build_deb.sh [BUNDLE_DIR]       # → dist/cadredesk_<version>_<arch>.deb
#
# Layout: /opt/cadredesk (the bundle), /usr/bin/cadredesk (launcher), the .desktop entry in
# /usr/share/applications, the icon in the hicolor theme (256×256 PNG and scalable SVG).
# Depends: Qt's system libraries (not in the bundle) and the glibc the bundle was built against.
# Users' data (~/.local/share/CadreDesk, ~/.config/CadreDesk, ~/.local/state/CadreDesk) is never
# touched, not even by `dpkg --purge`.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/CadreDesk}
OUT=${OUT:-dist}
[ -x "$BUNDLE/CadreDesk" ] || { echo "no frozen bundle at $BUNDLE: run packaging/build_linux.sh first" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
arch=$(dpkg --print-architecture)
root=build/deb/cadredesk_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/cadredesk"

cp -a "$BUNDLE" "$root/opt/cadredesk"
cat >"$root/usr/bin/cadredesk" <<'SH'
#!/bin/sh
# CadreDesk (选派干部驻村管理), installed by the cadredesk package in /opt/cadredesk
exec /opt/cadredesk/CadreDesk "$@"
SH
install -m 0644 packaging/cadredesk.desktop "$root/usr/share/applications/cadredesk.desktop"
install -m 0644 resources/icons/app-256.png "$root/usr/share/icons/hicolor/256x256/apps/cadredesk.png"
install -m 0644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/cadredesk.svg"
cat >"$root/usr/share/doc/cadredesk/copyright" <<'TXT'
CadreDesk (选派干部驻村管理) — GPL-3.0-or-later.
The bundle in /opt/cadredesk contains Python, Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, alembic,
openpyxl, python-calamine, reportlab, python-stdnum, chinesecalendar, pypinyin, platformdirs and
defusedxml under their own licences, and the WenQuanYi Micro Hei font (Apache-2.0 or GPL-3.0 with
font exception; see /opt/cadredesk/_internal/cadredesk/resources/fonts/LICENSE-wqy-microhei.txt).
On Debian systems the GPL is in /usr/share/common-licenses/GPL-3.
TXT

# permissions: nothing group/other-writable; directories and executables 755, the rest 644
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod go-w,a+r {} +
chmod 0755 "$root/usr/bin/cadredesk" "$root/opt/cadredesk/CadreDesk"

# the newest glibc symbol version the bundle asks for (built on Debian 12: 2.36 → refuses older systems)
glibc=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name CadreDesk \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -n 1 | sed 's/GLIBC_//')
# Qt's system libraries, as scripts/install.sh and docs list them (xcb for a desktop session)
depends="libc6 (>= ${glibc:-2.28}), libglib2.0-0, libgl1, libegl1, libx11-6, libdbus-1-3, libfontconfig1, libfreetype6,
 libxkbcommon0, libxcb1, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-randr0,
 libxcb-util1, libxcb-xkb1, libxcb-glx0, libxkbcommon-x11-0"
installed_kb=$(du -sk "$root" | cut -f1)

cat >"$root/DEBIAN/control" <<CTRL
Package: cadredesk
Version: ${version}
Architecture: ${arch}
Maintainer: CadreDesk developers <cadredesk@localhost>
Installed-Size: ${installed_kb}
Depends: ${depends}
Recommends: fonts-wqy-microhei | fonts-noto-cjk, fonts-arphic-uming
Suggests: libcups2
Section: misc
Priority: optional
Description: 选派干部驻村管理 — offline cadre dispatch management
 CadreDesk runs a county organization department's campaign of cadres
 dispatched to villages (选派干部驻村): the dispatch list, training,
 mentoring, attendance, visits, the problem ledger, evaluations and the
 printed forms. Offline, Simplified Chinese, one SQLite file per user.
 .
 This package holds a self-contained build (Python and Qt included) in
 /opt/cadredesk; users' data stays in their home folders.
CTRL

# menu and icon caches, when the desktop provides the tools (a bare system has neither)
for script in postinst postrm; do
  cat >"$root/DEBIAN/$script" <<'SH'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
SH
  chmod 0755 "$root/DEBIAN/$script"
done

mkdir -p "$OUT"
deb="$OUT/cadredesk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
printf '>> %s: %s MiB (installs %s MiB); Depends libc6 (>= %s)\n' "$deb" \
  "$(( $(stat -c %s "$deb") / 1048576 ))" "$(( installed_kb / 1024 ))" "${glibc:-2.28}"
