#!/usr/bin/env bash
# The app on Wayland, as Linux phones (Phosh, Plasma Mobile) run it: a headless weston with a
# phone's output (720x1440 pixels at scale 2, i.e. 360x720 logical, like the PinePhone and the
# Librem 5) and kiosk-shell (every window full screen, as on a phone). The app starts there with
# the wayland platform plugin, shows the --demo token and saves --screenshot; the picture must
# be the phone's size and drawn (text, the countdown ring).
#
#   wayland.sh SOFTTOKEN_BINARY OUT.png
set -euo pipefail
app=$1
out=$2

command -v weston >/dev/null || { echo "FAIL: weston is not installed (debian-packages.txt lists it)"; exit 1; }
work=$(mktemp -d)
weston_pid=""
cleanup() {
  [ -z "$weston_pid" ] || kill "$weston_pid" 2>/dev/null || true
  [ -z "$weston_pid" ] || wait "$weston_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"
socket=softtoken-test-$$
# --use-gl: weston's GL renderer (llvmpipe without a GPU), so the app's EGL surfaces are shown
# as on a phone; the headless back end's default draws nothing at all.
weston --backend=headless-backend.so --use-gl --width=360 --height=720 --scale=2 \
       --shell=kiosk-shell.so --socket="$socket" --idle-time=0 >"$work/weston.log" 2>&1 &
weston_pid=$!
for _ in $(seq 100); do
  [ -S "$XDG_RUNTIME_DIR/$socket" ] && break
  kill -0 "$weston_pid" 2>/dev/null || { cat "$work/weston.log"; echo "FAIL: weston exited"; exit 1; }
  sleep 0.1
done
[ -S "$XDG_RUNTIME_DIR/$socket" ] || { cat "$work/weston.log"; echo "FAIL: no weston socket"; exit 1; }

mkdir -p "$(dirname "$out")"
rm -f "$out"
status=0
env -u DISPLAY WAYLAND_DISPLAY="$socket" QT_QPA_PLATFORM=wayland \
  "$app" --data-dir "$work/profile" --demo --fake-time 1700000010 --print-first-code-time \
  --screenshot "$out" >"$work/app.log" 2>&1 || status=$?
cat "$work/app.log"
[ $status -eq 0 ] || { cat "$work/weston.log"; echo "FAIL: the app exited with $status"; exit 1; }
if grep -E "is not installed|not found|failed to load|Could not load|TypeError|ReferenceError" "$work/app.log"; then
  echo "FAIL: problems above"; exit 1
fi
grep -q '^first-code-ms ' "$work/app.log" || { echo "FAIL: no code was shown"; exit 1; }

/usr/bin/python3 - "$out" <<'PY'
import sys
from PIL import Image
img = Image.open(sys.argv[1]).convert("RGB")
w, h = img.size
colours = img.getcolors(maxcolors=1 << 20) or []
top = max(count for count, _ in colours)
# Kiosk-shell makes the window the output's size: 360x720 logical at scale 2.
if (w, h) != (720, 1440):
    sys.exit(f"FAIL: {w}x{h}, not the phone's 720x1440 (full screen at scale 2)")
if len(colours) < 100 or top > 0.97 * w * h:
    sys.exit(f"FAIL: {len(colours)} colours, top colour {top / (w * h):.0%}: nothing drawn")
print(f"OK: {w}x{h}, {len(colours)} colours")
PY
