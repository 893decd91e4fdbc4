#!/bin/sh
# Writes a help2man include file with every otptool command's own --help, so `man otptool`
# shows them all (cmake/Packaging.cmake). The commands are read from `otptool --help`.
#
#   otptool-commands.sh OTPTOOL OUT.h2m
set -eu
otptool=$1
out=$2
commands=$("$otptool" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || { echo "otptool-commands.sh: no commands in 'otptool --help'" >&2; exit 1; }
{
  echo "[COMMANDS]"
  for command in $commands; do
    echo ".SS \"otptool $command\""
    echo ".nf"
    # Roff: a leading dot or quote starts a request, a backslash an escape.
    "$otptool" "$command" --help 2>&1 | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
    echo ".fi"
  done
} >"$out"
