#!/usr/bin/env bash
# The start screen (one token) is plain Qt Quick: Qt Quick Controls, Layouts, Shapes and
# QtMultimedia load only with the first page, menu or sheet (docs/ui.md, Performance). Fails if
# the executable links QtMultimedia (the scan page's plugin, qml/scan, does), then starts the
# app with a demo token, lets it draw and settle (--screenshot), and fails if any of those
# modules was imported, or if the token screen's own files were not (the trace itself works).
#
#   tests/e2e/start_screen_imports.sh SOFTTOKEN_BINARY
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
forbidden='QtQuick\.Controls|QtQuick\.Layouts|QtQuick\.Shapes|QtMultimedia|QtQuick\.Dialogs'

if ldd "$app" | grep -q 'libQt6Multimedia'; then
  echo "FAIL: $app links QtMultimedia (it belongs to the scan page's plugin only)"
  exit 1
fi

export QT_QPA_PLATFORM=offscreen QML_IMPORT_TRACE=1 LC_ALL=C.UTF-8
"$app" --data-dir "$work/profile" --demo --screenshot "$work/start.png" 2>"$work/trace.txt"

imported() { grep -o 'addLibraryImport: [^ ]* "[A-Za-z.]*"' "$work/trace.txt" | awk '{print $3}' | tr -d '"' | sort -u; }
modules=$(imported)
grep -qx "SoftToken" <<<"$modules" || { echo "FAIL: no import trace (QML_IMPORT_TRACE)"; exit 1; }
grep -q "TokenCard.qml" "$work/trace.txt" || { echo "FAIL: the token screen was not loaded"; exit 1; }
bad=$(grep -E "^($forbidden)" <<<"$modules" || true)
if [ -n "$bad" ]; then
  echo "FAIL: the start screen imported:"
  echo "$bad"
  grep -E "addLibraryImport: [^ ]* \"($forbidden)" "$work/trace.txt" | head -5
  exit 1
fi
echo "start screen modules: $(tr '\n' ' ' <<<"$modules")"
