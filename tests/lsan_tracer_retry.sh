#!/usr/bin/env bash
# Runs a test binary; if it failed ONLY because LeakSanitizer's own tracer thread crashed while
# stopping the threads at exit ("Tracer caught signal 11" then "LeakSanitizer has encountered a
# fatal error", after every test case passed), runs it once more. Seen once in qml_test under
# the asan preset; a leak report, a failed test case or any other error is never retried.
#
#   tests/lsan_tracer_retry.sh COMMAND [ARGS...]
set -uo pipefail
log=$(mktemp)
trap 'rm -rf "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] \
   && grep -q '^Tracer caught signal' "$log" \
   && grep -q 'LeakSanitizer has encountered a fatal error' "$log" \
   && ! grep -qE '^FAIL!|ERROR: LeakSanitizer: detected memory leaks|ERROR: AddressSanitizer|runtime error:' "$log"; then
  echo "lsan_tracer_retry.sh: LeakSanitizer's tracer crashed (not a finding); running once more"
  "$@"
  exit $?
fi
exit "$status"
