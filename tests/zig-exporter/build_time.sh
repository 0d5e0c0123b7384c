#!/bin/sh
# Cold build time of a small module with the exporter vs a bare
# `zig build-lib -dynamic` of the same file (Debug, fresh local and global
# caches each time, so std is compiled from scratch in both).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/../.." && pwd)
zig="${ZIG:-$main/third_party/zig/ziglang/zig}"
stem=${1:-memory-example-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/zig-build-time.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cp "$here/fixtures/$stem.zig" "$work/"
printf 'const zigar = @import("zigar");\ncomptime { zigar.exportModule(@import("%s")); }\n' "$stem" > "$work/exporter.zig"
printf 'pub const optimize = "Debug";\npub const use_libc = false;\npub const multithreaded = true;\npub const omit_functions = false;\npub const omit_variables = false;\n' > "$work/zigar-options.zig"
cd "$work"
now() { date +%s.%N; }
t0=$(now)
"$zig" build-lib -dynamic -O Debug -lc -fPIC --cache-dir c1 --global-cache-dir g1 \
  -M"$stem"="$stem.zig" -femit-bin=bare.so
t1=$(now)
"$zig" build-lib -dynamic -O Debug -lc -fPIC --cache-dir c2 --global-cache-dir g2 \
  --dep zigar --dep "$stem" -Mroot=exporter.zig --dep zigar -M"$stem"="$stem.zig" \
  --dep zigar_options -Mzigar="$main/stdlib-zig/zigar.zig" -Mzigar_options=zigar-options.zig -femit-bin=exported.so
t2=$(now)
# warm: global cache kept, local cache fresh (a new module in a warm runtime)
"$zig" build-lib -dynamic -O Debug -lc -fPIC --cache-dir c3 --global-cache-dir g2 \
  --dep zigar --dep "$stem" -Mroot=exporter.zig --dep zigar -M"$stem"="$stem.zig" \
  --dep zigar_options -Mzigar="$main/stdlib-zig/zigar.zig" -Mzigar_options=zigar-options.zig -femit-bin=exported2.so
t3=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
  printf "bare build-lib (cold):     %.2f s\n", b - a
  printf "with exporter (cold):      %.2f s\n", c - b
  printf "with exporter (warm std):  %.2f s\n", d - c }'
