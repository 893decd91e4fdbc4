# Sourced by perf.sh and first_code.sh after they set `build` and before they take arguments
# further: the two programs, a check that they are built, one Xvfb around the whole script, and
# the same environment for both programs (nothing that changes rendering, style or caching).
app=$build/bin/softtoken
minimal=$build/bin/perf_minimal_window
for program in "$app" "$minimal"; do
  [ -x "$program" ] || { echo "$(basename "$0"): $program missing (ninja -C $build softtoken perf_minimal_window)" >&2; exit 2; }
done

if [ -z "${DISPLAY:-}" ] && [ -z "${SOFTTOKEN_PERF_NESTED:-}" ]; then
  export SOFTTOKEN_PERF_NESTED=1
  exec xvfb-run -a -s "-screen 0 800x1000x24" "$0" "$@"
fi

unset QT_QUICK_CONTROLS_STYLE QSG_INFO QSG_RENDER_LOOP QSG_RHI_BACKEND QT_QUICK_BACKEND \
      QML_DISABLE_DISK_CACHE QML_FORCE_DISK_CACHE QT_LOGGING_RULES QSG_RENDER_TIMING
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8

# Starts a program (stdout to OUT, stderr to ERR) and waits up to 6 s for its "first-frame-ms" or
# "first-code-ms" line. Sets `pid`, and `first_ms` to the time from launch to that frame (empty if
# none came or the program ended).
start_until_first_frame() {  # out err command...
  local out=$1 err=$2 start first=""
  shift 2
  start=$(date +%s%3N)
  "$@" >"$out" 2>"$err" &
  pid=$!
  for _ in $(seq 1 600); do
    first=$(awk '/^first-(frame|code)-ms/ {print $2; exit}' "$out")
    [ -n "$first" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  first_ms=${first:+$((first - start))}
}

median() {  # column file
  cut -d' ' -f"$1" "$2" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
