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
