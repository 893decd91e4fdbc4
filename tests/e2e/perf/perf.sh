#!/usr/bin/env bash
# Start-up time, memory and idle CPU of the app next to a minimal Qt Quick window (a list and a
# 1-second timer, perf/minimal.qml), measured in the same Xvfb with the same environment, RUNS
# times in alternating order; prints every run, the medians, the ratios and PASS/MISS per target.
# A benchmark, not a pass/fail test: the exit status is 0 unless a program fails to start.
#
#   tests/e2e/perf/perf.sh [BUILD_DIR] [IDLE_SECONDS] [RUNS] [STARTS]   (defaults: build, 60, 3, 5)
#
# Each run starts each program STARTS times for the first-frame figure (alternating, 2 s apart,
# the last start staying up for RSS and idle CPU) and takes the median: one start per program
# and run swung by ±30 % on the shared machine, too much for a 1.2x target.
#
# Targets: first code <= 1.2 x the minimal window's first frame; RSS after settling
# <= 1.15 x; idle CPU no more than the minimal window's. Use a release build
# (cmake --preset release); a debug build measures the debug code, not the app.
#
# What is compared: both programs print the wall-clock time of their first frame (the app: of
# the first frame showing a code) and are started by this script, so both include process
# start-up. The app's extra libraries (OpenSSL, ZXing, QtKeychain; Qt Quick Controls load only
# with the first page, QtMultimedia with the scan page) are part of what it costs; the minimal
# window has none. The minimal window runs with Qt's defaults; the app makes its own rendering
# choices in code (native glyphs; on xcb the GUI-thread render loop: chooseRendering()).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
idle=${2:-60}
runs=${3:-3}
starts=${4:-5}
# shellcheck source=common.sh
source "$here/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ticks=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # user + system, all threads
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

first_frame() {  # name command... -> appends one start's first-frame ms to $work/name.starts
  local name=$1
  shift
  start_until_first_frame "$work/$name.out" "$work/$name.err" "$@"
  if [ -z "$first_ms" ]; then
    echo "perf.sh: $name showed no first frame" >&2
    cat "$work/$name.err" >&2
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  echo "$first_ms" >>"$work/$name.starts"
}

measure() {  # name command... -> "first_ms rss_kB cpu_ms" (first_ms: median of the run's starts)
  local name=$1
  shift
  first_frame "$name" "$@" || return 1
  sleep 5  # settle: fonts, glyph caches, the first countdown ticks
  local rss c0 c1
  rss=$(rss_kb "$pid")
  c0=$(cpu_ticks "$pid")
  sleep "$idle"
  c1=$(cpu_ticks "$pid")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$(median 1 "$work/$name.starts") $rss $(((c1 - c0) * 1000 / ticks))"
}

minimal_command=("$minimal" "$here/minimal.qml")
# One in-memory demo token on the token screen; the vault's scrypt unlock (~0.5 s, on a worker
# thread) is measured by the vault benchmarks instead.
app_command=("$app" --data-dir "$work/profile" --demo --print-first-code-time)
run_minimal() { measure minimal "${minimal_command[@]}"; }
run_app() { measure softtoken "${app_command[@]}"; }

# The run's other STARTS - 1 starts of each program, alternating, each stopped after its frame.
extra_starts() {
  local name
  : >"$work/minimal.starts"
  : >"$work/softtoken.starts"
  for ((s = 1; s < starts; s++)); do
    for name in minimal softtoken; do
      if [ "$name" = minimal ]; then
        first_frame minimal "${minimal_command[@]}" || return 1
      else
        first_frame softtoken "${app_command[@]}" || return 1
      fi
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      sleep 2
    done
  done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "perf.sh: $runs run(s), $starts start(s) each, ${idle} s idle each, $(nproc) CPU(s), load average $load_before"
: >"$work/minimal.runs"
: >"$work/app.runs"
for ((i = 1; i <= runs; i++)); do
  extra_starts
  # Alternate the order so a slow start of the machine does not always hit the same program.
  if ((i % 2)); then
    m=$(run_minimal); a=$(run_app)
  else
    a=$(run_app); m=$(run_minimal)
  fi
  echo "$m" >>"$work/minimal.runs"
  echo "$a" >>"$work/app.runs"
  echo "  run $i: minimal $m | softtoken $a   (median first ms of $starts starts, RSS kB, CPU ms)"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mt=$(median 1 "$work/minimal.runs"); mr=$(median 2 "$work/minimal.runs"); mc=$(median 3 "$work/minimal.runs")
st=$(median 1 "$work/app.runs"); sr=$(median 2 "$work/app.runs"); sc=$(median 3 "$work/app.runs")

awk -v mt="$mt" -v st="$st" -v mr="$mr" -v sr="$sr" -v mc="$mc" -v sc="$sc" -v idle="$idle" \
    -v runs="$runs" 'function row(what, m, s, unit, target,   r) {
    r = (m > 0) ? s / m : (s > 0 ? 99 : 1)
    printf "%-26s %10s %s %10s %s %7.2fx   <= %.2fx  %s\n", what, m, unit, s, unit, r, target,
           (r <= target) ? "PASS" : "MISS"
  }
  BEGIN {
    printf "\nmedians of %d run(s)          minimal      softtoken       ratio  target\n", runs
    row("first frame / first code", mt, st, "ms", 1.20)
    row("RSS after 5 s", mr, sr, "kB", 1.15)
    row("CPU in " idle " s idle", mc, sc, "ms", 1.00)
  }'
echo "load average: before $load_before, after $load_after"
