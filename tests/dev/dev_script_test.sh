#!/usr/bin/env bash
# ./dev never fails silently: each case runs a copy of the script beside its own
# debian-packages.txt, with stand-ins for apt-get, apt-cache and sudo first on PATH (the real
# dpkg-query answers what is installed), and checks the exit status and what it said.
#
#   dev_script_test.sh PATH/TO/dev
set -uo pipefail
dev=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

mkdir -p "$work/stubs"
cat >"$work/stubs/apt-get" <<'EOF'
#!/bin/sh
# update succeeds; install fails when STUB_APT_INSTALL_FAILS is set
for arg in "$@"; do
  case "$arg" in
    update) exit 0 ;;
    install) [ -n "${STUB_APT_INSTALL_FAILS:-}" ] && { echo "E: stub failure" >&2; exit 100; }; exit 0 ;;
  esac
done
exit 0
EOF
cat >"$work/stubs/apt-cache" <<'EOF'
#!/bin/sh
# policy NAME: a candidate for every name except those starting with "nosuch"
name=$2
echo "$name:"
echo "  Installed: (none)"
case "$name" in nosuch*) echo "  Candidate: (none)" ;; *) echo "  Candidate: 1.0-1" ;; esac
EOF
printf '#!/bin/sh\nexec "$@"\n' >"$work/stubs/sudo"
chmod +x "$work/stubs/"*

# check NAME EXPECTED_STATUS PATTERN PACKAGES -- ARGS...: PATTERN must match the output
# (grep -E; "^$": no output at all).
check() {
  local name=$1 expected=$2 pattern=$3 packages=$4
  shift 5
  local dir=$work/$name status
  mkdir -p "$dir"
  cp "$dev" "$dir/dev"
  printf '%s\n' $packages >"$dir/debian-packages.txt"
  (cd "$dir" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
     PATH="$work/stubs:$PATH" ./dev "$@") >"$dir/out" 2>&1
  status=$?
  local said=1
  if [ "$pattern" = '^$' ]; then [ ! -s "$dir/out" ] || said=0; else grep -qE "$pattern" "$dir/out" || said=0; fi
  if [ "$status" -ne "$expected" ] || [ "$said" -eq 0 ]; then
    echo "FAIL $name: exit $status (want $expected), output:"
    sed 's/^/    /' "$dir/out"
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

# Everything installed: silent success.
check installed 0 '^$' "bash coreutils" -- deps
# A package that was never installed (dpkg-query exits 1 for it): installed, and said so.
check missing-installed 0 'installing missing Debian packages: stub-never-installed-xyz' \
  "bash stub-never-installed-xyz" -- deps
# A name Debian does not have: named, with the fix.
check unknown-package 1 'no Debian package named: nosuch-pkg-xyz' "bash nosuch-pkg-xyz" -- deps
# apt-get install failing: said, with what to try.
STUB_APT_INSTALL_FAILS=1 check apt-fails 1 "'apt-get install' failed for: stub-pkg-xyz" \
  "bash stub-pkg-xyz" -- deps
# A failing step: the ERR trap names it (no CMakePresets.json beside this copy).
check failed-step 1 "dev: FAILED \(exit [0-9]+\) while configuring the 'default' preset" \
  "bash" -- build
# help lists the commands; an unknown one lists them too and exits 2.
check help 0 '^\./dev fresh-check' "bash" -- help
check unknown-command 2 "unknown command 'bogus'" "bash" -- bogus
# lint on a path that does not exist: named, before anything is configured.
check lint-no-such-path 1 'lint: no such file or folder: nosuch/dir' "bash" -- lint nosuch/dir
check help-lint 0 '^\./dev lint \[PATH\.\.\.\]' "bash" -- help
# run without a display: one line saying so and how to run headless, before building anything.
check run-no-display 1 'no display .*xvfb-run.*--screenshot' "bash" -- run

if [ "$failures" -ne 0 ]; then
  echo "$failures case(s) failed"
  exit 1
fi
