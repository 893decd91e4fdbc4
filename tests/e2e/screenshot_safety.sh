#!/bin/bash
# --screenshot destroys nothing: the reproduction of a review finding, where pointing it at the
# vault, its backup or settings.ini left them 0 bytes long (QImage::save truncates first). Now
# every such target is refused and left byte for byte as it was; only a new or an existing PNG
# outside the data directory is written.
#   screenshot_safety.sh SOFTTOKEN_BINARY
set -u
app=$1
[ -n "${DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
data="$work/data"
mkdir -p "$data" "$work/victim"
printf 'STVAULT-main' >"$data/vault.stv"
printf 'STVAULT-backup' >"$data/vault.stv.bak"
printf '[appLock]\npinHash=x\n' >"$data/settings.ini"
printf 'my notes\n' >"$work/victim/notes.txt"
printf 'my picture' >"$work/victim/picture.png"  # named .png, but not a PNG
ln -s "$work/victim/notes.txt" "$work/link.png"
cp -a "$data" "$work/data.before"
cp -a "$work/victim" "$work/victim.before"

shoot() {  # expected-status target
  "$app" --data-dir "$data" --demo --screenshot "$2" --screenshot-delay 0 >"$work/log" 2>&1
  local status=$?
  if { [ "$1" = ok ] && [ $status -ne 0 ]; } || { [ "$1" = refused ] && [ $status -eq 0 ]; }; then
    echo "FAIL --screenshot $2: exit status $status, expected $1"; cat "$work/log"
    failures=$((failures + 1))
  else
    echo "ok   --screenshot $2: $1 ($(tail -n1 "$work/log"))"
  fi
}

for target in "$data/vault.stv" "$data/vault.stv.bak" "$data/settings.ini" "$data/new.png" \
              "$work/victim/notes.txt" "$work/victim/picture.png" "$work/link.png" \
              "$work/victim/../data/vault.stv"; do
  shoot refused "$target"
done
shoot ok "$work/shot.png"
shoot ok "$work/shot.png"  # its own PNG again: replaced

# settings.ini is rewritten by the app itself (it is the profile), so compare the vault files.
for f in vault.stv vault.stv.bak; do
  if ! cmp -s "$data/$f" "$work/data.before/$f"; then
    echo "FAIL $f changed: $(wc -c <"$data/$f") bytes"; failures=$((failures + 1))
  fi
done
if grep -q pinHash=x "$data/settings.ini"; then :; else
  echo "FAIL settings.ini lost its appLock record"; failures=$((failures + 1))
fi
[ -e "$data/new.png" ] && { echo "FAIL a PNG was written into the data directory"; failures=$((failures + 1)); }
if ! diff -r "$work/victim" "$work/victim.before" >/dev/null; then
  echo "FAIL a file outside the data directory changed"; failures=$((failures + 1))
fi
[ -L "$work/link.png" ] || { echo "FAIL the symlink was replaced"; failures=$((failures + 1)); }
head -c 8 "$work/shot.png" | od -c | grep -q 'P   N   G' || { echo "FAIL shot.png is not a PNG"; failures=$((failures + 1)); }
echo "$failures failure(s)"
[ $failures -eq 0 ]
