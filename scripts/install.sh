#!/usr/bin/env bash
# Install what CadreDesk needs on a Debian-family system (Debian 12, Ubuntu 22.04+, Kylin, UOS):
# the system libraries Qt loads, a Chinese font, Python, then CadreDesk itself into ./.venv.
# Usage: scripts/install.sh [--test]    (--test adds PostgreSQL, poppler-utils and the test extras)
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  python3 python3-venv python3-pip ca-certificates
  # Qt offscreen/desktop basics (PySide6 wheels bundle Qt, not these system libraries)
  libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  # Qt's xcb platform plugin (a real X11 desktop)
  libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-randr0 libxcb-util1
  libxcb-xkb1 libxcb-glx0 libxkbcommon-x11-0
  # the print preview: QtPdf (PySide6-Addons) needs libatomic, and the QtNetwork it links GSSAPI
  libatomic1 libgssapi-krb5-2
  # Chinese fonts: WenQuanYi for the screen; AR PL UMing/UKai (宋体/楷体 style) and WQY ZenHei (黑体 style)
  # give printed forms an official look (PDFs embed what they use; a fallback font ships with the app)
  fonts-wqy-microhei fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai
)
extra=()
if [ "${1:-}" = "--test" ]; then
  packages+=(postgresql poppler-utils xvfb xauth)
  extra=(--test)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo ">> apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

stamp=.venv/.installed${extra[0]:-}
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "${1:-}" = "--test" ]; then
    .venv/bin/python -m pip install -q -e ".[test,dev]"
  else
    .venv/bin/python -m pip install -q .
  fi
  touch "$stamp"
fi
