#!/usr/bin/env bash
# Install, self-test and remove the .deb on a bare Debian, the way an office PC gets it: a fresh
# `debootstrap --variant=minbase bookworm` root in a folder, nothing else installed.
#
#   sudo packaging/test_deb.sh dist/cadredesk_0.1.0_amd64.deb [WORK_DIR]
#
# Steps (each checked; the script stops at the first failure):
#   1. `dpkg -i` on the bare system: refused for the missing Qt system libraries (Depends), which it names;
#   2. `apt-get -f install`: installs exactly those from the Debian mirror, dpkg configures the package;
#   3. the launcher, bundle, menu entry and icons are in place; as an ordinary user, with no Chinese
#      font installed, `cadredesk --self-test` (offscreen) prints "self-test ok" and a first start
#      creates the database in ~/.local/share/CadreDesk;
#   4. `dpkg -r cadredesk` leaves none of the package's files, the user's data untouched;
#   5. `dpkg -i` again (dependencies present now: installs at once), then `dpkg -P cadredesk`: nothing
#      left, not even the package's dpkg record; the user's data still untouched.
# Needs root, debootstrap and network access to a Debian mirror (MIRROR, default the host's).
# BASE=/path/to/a/debootstrapped/root reuses a pristine root (copied, never changed).
set -euo pipefail
deb=$(readlink -f "$1")
work=${2:-$(mktemp -d /tmp/cadredesk-deb-test.XXXXXX)}
[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot, mount)" >&2; exit 1; }
[ -f "$deb" ] || { echo "no such .deb: $1" >&2; exit 1; }

mirror=${MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
  2>/dev/null | grep -E '^(deb |URIs:)' | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n 1 | tr -d ' ' || true)}
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$work"
root="$work/root"
[ ! -e "$root" ] || { echo "$root exists: give an empty WORK_DIR" >&2; exit 1; }
if [ -n "${BASE:-}" ]; then
  echo ">> copying the bare root $BASE"
  cp -a "$BASE" "$root"
else
  echo ">> debootstrap --variant=minbase bookworm ($mirror) → $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1
fi
cleanup() { for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"; mount --rbind /dev "$root/dev"; mount -t sysfs sys "$root/sys" 2>/dev/null || true
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root bash -c "$1"; }
as_clerk() { chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/clerk QT_QPA_PLATFORM=offscreen \
  su -s /bin/bash clerk -c "$1"; }
check() { if in_root "$1"; then echo "   ok: $2"; else echo "   FAILED: $2" >&2; exit 1; fi; }
files_gone='test ! -e /opt/cadredesk && test ! -e /usr/bin/cadredesk && test ! -e /usr/share/applications/cadredesk.desktop \
  && test ! -e /usr/share/icons/hicolor/256x256/apps/cadredesk.png && test ! -e /usr/share/icons/hicolor/scalable/apps/cadredesk.svg'

echo ">> 1. dpkg -i on the bare system"
in_root "dpkg -i /tmp/$name" >"$work/dpkg-i-bare.log" 2>&1 && { echo "   unexpected: installed without its dependencies" >&2; exit 1; }
grep -E 'depends on|dependency problems' "$work/dpkg-i-bare.log" | sed 's/^/   | /' | head -n 8
echo "   ok: refused, naming the missing libraries ($(grep -c 'depends on' "$work/dpkg-i-bare.log") missing)"

echo ">> 2. apt-get -f install (the Depends, from the mirror)"
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends" \
  >"$work/apt-fix.log" 2>&1 || { tail -n 20 "$work/apt-fix.log" >&2; exit 1; }
check "dpkg-query -W -f='\${Status}' cadredesk | grep -q 'install ok installed'" "cadredesk installed and configured"
echo "   $(in_root "dpkg-query -W -f='\${Package} \${Version}, \${Installed-Size} KiB installed' cadredesk")"

echo ">> 3. files in place; self-test and first start as an ordinary user"
check "test -x /usr/bin/cadredesk && test -x /opt/cadredesk/CadreDesk" "launcher /usr/bin/cadredesk and /opt/cadredesk"
check "grep -qx 'Icon=cadredesk' /usr/share/applications/cadredesk.desktop && grep -qx 'Exec=cadredesk' /usr/share/applications/cadredesk.desktop" "menu entry /usr/share/applications/cadredesk.desktop"
check "test -s /usr/share/icons/hicolor/256x256/apps/cadredesk.png && test -s /usr/share/icons/hicolor/scalable/apps/cadredesk.svg" "icon in the hicolor theme"
cjk_fonts="dpkg-query -W -f='\${Package} \${Status}\\n' 'fonts-*' 2>/dev/null | grep 'install ok installed' | grep -E 'wqy|cjk|arphic|droid|zenhei'"
fonts=$(in_root "dpkg-query -W -f='\${Package} \${Status}\\n' 'fonts-*' 2>/dev/null | grep 'install ok installed' | cut -d' ' -f1 | tr '\\n' ' '" || true)
check "! ($cjk_fonts)" "no Chinese font package installed (font packages: ${fonts:-none}; the bundled font is used)"
in_root "useradd -m -s /bin/bash clerk"
out=$(as_clerk "cadredesk --self-test" 2>&1) || true
printf '%s\n' "$out" | sed 's/^/   | /'
printf '%s\n' "$out" | grep -qx 'self-test ok' || { echo "   FAILED: self-test" >&2; exit 1; }
echo "   ok: the installed app passes --self-test"
as_clerk "cadredesk --quit-when-ready" >/dev/null 2>&1 || { echo "   FAILED: first start" >&2; exit 1; }
check "test -s /home/clerk/.local/share/CadreDesk/cadredesk.sqlite" "first start created ~clerk/.local/share/CadreDesk/cadredesk.sqlite"

echo ">> 4. dpkg -r cadredesk"
in_root "dpkg -r cadredesk" >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log" >&2; exit 1; }
check "$files_gone" "no file of the package left (/opt/cadredesk, launcher, menu entry, icons)"
check "test -s /home/clerk/.local/share/CadreDesk/cadredesk.sqlite" "the user's database untouched"

echo ">> 5. dpkg -i again, then dpkg -P cadredesk"
in_root "dpkg -i /tmp/$name" >"$work/dpkg-i-again.log" 2>&1 || { cat "$work/dpkg-i-again.log" >&2; exit 1; }
check "dpkg-query -W -f='\${Status}' cadredesk | grep -q 'install ok installed'" "reinstalled with dpkg -i alone"
in_root "dpkg -P cadredesk" >"$work/dpkg-P.log" 2>&1 || { cat "$work/dpkg-P.log" >&2; exit 1; }
check "$files_gone && ! dpkg-query -W cadredesk >/dev/null 2>&1" "purged: no file and no dpkg record left"
check "test -s /home/clerk/.local/share/CadreDesk/cadredesk.sqlite" "the user's database still untouched"
echo ">> all steps passed (logs in $work)"
