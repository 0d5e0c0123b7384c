#!/bin/sh
# Builds the exporter test driver (plain gcc, not GN) and runs it: every
# fixture is compiled with the exporter the way runtime/zig_build.c will,
# loaded, and checked. Ends with "N passed, N failed"; non-zero on failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/zig-exporter.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
[ -n "${KEEP:-}" ] && trap - EXIT && echo "work dir: $work"

gcc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter -g \
  -I"$main/runtime" "$here/load_test.c" "$main/runtime/zig_dump.c" -ldl -o "$work/load_test"

ZIG="${ZIG:-$main/third_party/zig/ziglang/zig}" STDLIB="$main/stdlib-zig" \
  FIXTURES="$here/fixtures" WORK="$work" "$work/load_test"
