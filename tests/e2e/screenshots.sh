#!/usr/bin/env bash
# Writes a PNG of every screen, in English and Japanese, by running the real app with
# --screenshot (Xvfb when available, so Material shadows and the GL renderer are real;
# offscreen otherwise). Fails if the app fails or a picture is missing or not 390x844.
#
#   screenshots.sh SOFTTOKEN_BINARY OUT_DIR
set -euo pipefail
app=$1
out=$2

if [ -z "${DISPLAY:-}" ] && [ -z "${SOFTTOKEN_SCREENSHOTS_NESTED:-}" ] && command -v xvfb-run >/dev/null; then
  export SOFTTOKEN_SCREENSHOTS_NESTED=1
  exec xvfb-run -a -s "-screen 0 800x1000x24" "$0" "$@"
fi
[ -n "${DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'screenshot passphrase\n' >"$work/passphrase"

# The virtual camera's picture: a bank's provisioning code (needs qrencode).
qr="$work/setup-qr.png"
qrencode -s 8 -o "$qr" 'otpauth://totp/Example%20Bank:taro?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example%20Bank&serial=EXBK11112222'

# A fixed clock: 20 s left in the period, so the pictures do not depend on when they are taken.
clock=(--fake-time 1700000010)

# A profile whose app lock PIN is 1234 (cheap scrypt; the parameters are stored with the hash),
# optionally 4 wrong PINs ago (30 s to wait).
lock_profile() {  # dir [wait]
  mkdir -p "$1"
  python3 - "$@" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(16)
pin_hash = hashlib.scrypt(b"1234", salt=salt, n=1024, r=8, p=1, dklen=32)
lines = ["[appLock]", "pinSalt=" + base64.b64encode(salt).decode(),
         "pinHash=" + base64.b64encode(pin_hash).decode(), "scryptN=1024", "scryptR=8", "scryptP=1"]
if len(sys.argv) > 2:
    lines += ["failures=4", "waitMs=30000"]
with open(os.path.join(sys.argv[1], "settings.ini"), "w") as f:
    f.write("\n".join(lines) + "\n")
PY
}

shoot() {  # name lang args...
  local name=$1 lang=$2
  shift 2
  local profile="$work/$name-$lang"
  mkdir -p "$profile"
  local png="$out/$name-$lang.png"
  rm -f "$png"
  if ! "$app" --data-dir "$profile" --lang "$lang" "${clock[@]}" "$@" --screenshot "$png" \
       >"$work/log" 2>&1; then
    echo "FAIL $name-$lang: app exited with an error"; cat "$work/log"; return 1
  fi
  if grep -E "is not installed|not found|failed to load|Error:|TypeError|ReferenceError" "$work/log"; then
    echo "FAIL $name-$lang: QML problems above"; return 1
  fi
  python3 - "$png" <<'PY'
import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
if head[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"FAIL {sys.argv[1]}: not a PNG")
w, h = struct.unpack(">II", head[16:24])
if (w, h) != (390, 844):
    sys.exit(f"FAIL {sys.argv[1]}: {w}x{h}, expected 390x844")
PY
  echo "ok   $png"
}

for lang in en ja; do
  shoot empty "$lang" --passphrase-file "$work/passphrase"
  shoot start "$lang" --demo
  shoot registration "$lang" --demo --registration-mode
  shoot list "$lang" --demo-count 4
  shoot list-registration "$lang" --demo-count 4 --registration-mode
  shoot menu "$lang" --demo --screen menu
  shoot confirm "$lang" --demo --screen confirm
  shoot manual "$lang" --demo --screen manual
  shoot scan "$lang" --demo --screen scan
  shoot scan-camera "$lang" --passphrase-file "$work/passphrase" --virtual-camera "$qr" \
        --screen scan --screenshot-delay 2500
  shoot import "$lang" --demo --screen import
  shoot import-preview "$lang" --demo --screen import-preview
  shoot export "$lang" --demo --screen export
  shoot settings "$lang" --demo --screen settings
  shoot about "$lang" --demo --screen about
  # The passphrase screen: no keystore answers (D-Bus leads nowhere), no vault yet -> create;
  # a vault with a passphrase slot only and no --passphrase-file -> unlock.
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/softtoken-no-bus \
    shoot passphrase-create "$lang" --screenshot-delay 1500
  mkdir -p "$work/passphrase-unlock-$lang"
  "$app" --data-dir "$work/passphrase-unlock-$lang" --passphrase-file "$work/passphrase" \
    --screenshot "$work/made-vault.png" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  shoot passphrase-unlock "$lang" --screenshot-delay 1500
  # App lock: the lock screen of a profile with a PIN (1234), once at start and once waiting
  # after wrong PINs; the clock check page.
  lock_profile "$work/lock-$lang"
  shoot lock "$lang" --demo --screen lock
  lock_profile "$work/lock-wait-$lang" wait
  shoot lock-wait "$lang" --demo --screen lock
  shoot clock "$lang" --demo --screen clock
done
