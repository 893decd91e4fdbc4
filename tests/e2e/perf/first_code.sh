#!/usr/bin/env bash
# Start-up only, back to back: starts the minimal window and the app (one demo token) ROUNDS
# times in alternation in one Xvfb and prints each one's time from launch to its first frame
# (the app: first frame showing a code), then the medians and the ratio. Quicker and steadier
# than perf.sh's first-code figure, where each program starts once a minute.
#
#   tests/e2e/perf/first_code.sh [BUILD_DIR] [ROUNDS]    (defaults: build, 8)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
rounds=${2:-8}
# shellcheck source=common.sh
source "$here/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

first_ms() {  # command... -> ms from launch to the printed first frame
  start_until_first_frame "$work/out" /dev/null "$@"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$first_ms" ] || { echo "first_code.sh: no first frame from $1" >&2; exit 1; }
  echo "$first_ms"
}

: >"$work/minimal.txt"
: >"$work/app.txt"
for round in $(seq 1 "$rounds"); do
  m=$(first_ms "$minimal" "$here/minimal.qml")
  sleep 0.5
  rm -rf "$work/profile"
  a=$(first_ms "$app" --data-dir "$work/profile" --demo --print-first-code-time)
  sleep 0.5
  echo "round $round: minimal $m ms | softtoken $a ms"
  echo "$m" >>"$work/minimal.txt"
  echo "$a" >>"$work/app.txt"
done
m=$(median 1 "$work/minimal.txt")
a=$(median 1 "$work/app.txt")
awk -v m="$m" -v a="$a" 'BEGIN {printf "median: minimal %s ms, softtoken %s ms, ratio %.2fx (target <= 1.20x)\n", m, a, a / m}'
