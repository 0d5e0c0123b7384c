#!/usr/bin/env bash
# tests/zig-build/run.sh — runtime/zig_build.c + zig_options.c end to end.
#
# Builds build_test.c against the two runtime files and a stdlib-zig table
# made by tools/embed_files.py from tests/zig-build/fake-stdlib-zig/ (a
# stand-in exporter, so these tests don't depend on the real one), then runs
# scenarios against a real zig 0.15.2 behind a logging wrapper (each line of
# $work/zig.log is one zig invocation). Ends with "N passed, N failed".
#
#   tests/zig-build/run.sh [-v]       REAL_ZIG=/path/to/zig to override,
#                                     EXTRA_CFLAGS="-fsanitize=address,undefined" etc.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
real_zig=${REAL_ZIG:-$root/third_party/zig/ziglang/zig}
verbose=${1:-}

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/     | /' | head -20; }
expect() { # expect "description" command…   (passes when the command succeeds)
  local what=$1; shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/zig-build-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -n "$verbose" ] && echo "work folder: $work"

if [ ! -x "$real_zig" ]; then
  echo "no zig at $real_zig (run tools/setup.sh or set REAL_ZIG)"
  echo "0 passed, 1 failed"
  exit 1
fi

# ---- the driver ------------------------------------------------------------------
python3 "$root/tools/embed_files.py" "$work/stdlib_zig.c" "$work/stdlib_zig.d" "$here/fake-stdlib-zig" || exit 1
# The build-time fallback points nowhere, so "zig missing" is testable.
if ! gcc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
    -O2 -g ${EXTRA_CFLAGS:-} -DZR_BUILD_ZIG_PATH='"/nonexistent/zigar-test/zig"' -I"$root/runtime" \
    -o "$work/build_test" "$here/build_test.c" "$root/runtime/zig_build.c" \
    "$root/runtime/zig_options.c" "$work/stdlib_zig.c" -ldl 2>"$work/cc.log"; then
  bad "driver compiles cleanly (-Wall -Wextra -Werror …)" "$(cat "$work/cc.log")"
  echo "$passed passed, $failed failed"
  exit 1
fi
ok "driver compiles cleanly (-Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes)"
bt=$work/build_test

# A zig that logs its arguments, then runs the real one.
mkdir -p "$work/bin" "$work/bin-old"
cat > "$work/bin/zig" <<EOF
#!/bin/sh
echo "\$*" >> "$work/zig.log"
exec "$real_zig" "\$@"
EOF
cat > "$work/bin-old/zig" <<'EOF'
#!/bin/sh
if [ "$1" = version ]; then echo 0.14.0; exit 0; fi
exit 1
EOF
chmod +x "$work/bin/zig" "$work/bin-old/zig"
: > "$work/zig.log"
builds() { grep -c '^build-lib' "$work/zig.log"; }
calls() { wc -l < "$work/zig.log" | tr -d ' '; }

export ZIGAR_CACHE_DIR=$work/cache
export ZIG=$work/bin/zig
unset ZIGAR_STDLIB_ZIG_DIR XDG_CACHE_HOME

src=$work/proj/src
mkdir -p "$src"
cp -r "$here/fixtures/." "$src/"

# ---- options ---------------------------------------------------------------------
opt=$work/opt
mkdir -p "$opt/plain" "$opt/cfg/sub" "$opt/node" "$opt/bad" "$opt/badval" "$opt/badjson" "$opt/both"
echo '{ "optimize": "ReleaseSmall", "use_libc": true, "omit-variables": 1 }' > "$opt/cfg/zigar.config.json"
cat > "$opt/node/node-zigar.config.json" <<'EOF'
{ "optimize": "ReleaseFast", "multithreaded": false,
  "sourceFiles": { "a.so": "a.zig" }, "targets": [ { "platform": "linux", "arch": "x64" } ],
  "quiet": true, "maxMemory": 1e6, "zigArgs": null }
EOF
echo '{ "optimise": "Debug" }' > "$opt/bad/zigar.config.json"
echo '{ "optimize": "Quick" }' > "$opt/badval/zigar.config.json"
echo '{ "optimize": "Debug", }' > "$opt/badjson/zigar.config.json"
echo '{ "optimize": "ReleaseSafe" }' > "$opt/both/zigar.config.json"
echo '{ "optimize": "ReleaseFast" }' > "$opt/both/node-zigar.config.json"
if [ -e /zigar.config.json ] || [ -e /node-zigar.config.json ] || [ -e "$(dirname "$work")/zigar.config.json" ]; then
  echo "note: a zigar.config.json above $work may disturb the option tests"
fi
"$bt" options "$opt" > "$work/options.log"
cat "$work/options.log"
line=$(tail -n 1 "$work/options.log")
passed=$((passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')))

# ---- cache folder ----------------------------------------------------------------
expect "ZIGAR_CACHE_DIR wins" test "$("$bt" cache-dir)" = "$work/cache"
expect "then XDG_CACHE_HOME/zigar-run" \
  test "$(ZIGAR_CACHE_DIR= XDG_CACHE_HOME=/x/y "$bt" cache-dir)" = "/x/y/zigar-run"
expect "then ~/.cache/zigar-run" \
  test "$(ZIGAR_CACHE_DIR= XDG_CACHE_HOME= HOME=/h "$bt" cache-dir)" = "/h/.cache/zigar-run"

# ---- zig missing / wrong version ---------------------------------------------------
out=$(ZIG= PATH=/usr/bin:/bin "$bt" build "$src/memory-example-1.zig")
if [[ "$out" == "ERROR: "*"not found"*"pip install ziglang==0.15.2"*"set ZIG"* ]] && [ "$(echo "$out" | wc -l)" = 1 ]; then
  ok "missing zig: one line saying how to fix it"
else bad "missing zig: one line saying how to fix it" "$out"; fi
out=$(ZIG=/nonexistent/zig "$bt" build "$src/memory-example-1.zig")
if [[ "$out" == "ERROR: ZIG=/nonexistent/zig is not an executable"*"pip install ziglang==0.15.2"* ]]; then
  ok "ZIG pointing nowhere: named in the message"
else bad "ZIG pointing nowhere: named in the message" "$out"; fi
out=$(ZIG=$work/bin-old/zig "$bt" build "$src/memory-example-1.zig")
if [[ "$out" == "ERROR: zig at $work/bin-old/zig is version 0.14.0, zigar-run needs 0.15.2"*"pip install ziglang==0.15.2"* ]] && [ "$(echo "$out" | wc -l)" = 1 ]; then
  ok "zig 0.14.0: one line naming both versions and the fix"
else bad "zig 0.14.0: one line naming both versions and the fix" "$out"; fi
out=$(ZIG= PATH=$work/bin-old:/usr/bin:/bin "$bt" build "$src/memory-example-1.zig")
if [[ "$out" == *"zig at $work/bin-old/zig is version 0.14.0"* ]]; then
  ok "zig found on PATH when ZIG is unset"
else bad "zig found on PATH when ZIG is unset" "$out"; fi
expect "no cache entries written by failed lookups" test ! -e "$work/cache/modules"

# ---- first build, then hits ------------------------------------------------------
: > "$work/zig.log"
out=$("$bt" build "$src/memory-example-1.zig" 2>"$work/stderr")
lib1=$(echo "$out" | awk '{print $2}')
if [[ "$out" == "OK $work/cache/modules/memory-example-1-"*".so memory-example-1 Debug" ]] && [ "$(builds)" = 1 ]; then
  ok "first build compiles once; library loads; module named after the stem"
else bad "first build compiles once; library loads; module named after the stem" "$out
$(cat "$work/zig.log")"; fi
expect "non-TTY stderr shows no progress line" test ! -s "$work/stderr"
if grep -q -- "-O Debug -lc -fPIC -fllvm --dep zigar --dep memory-example-1 -Mroot=.*/exporter.zig --dep zigar -Mmemory-example-1=$src/memory-example-1.zig --dep zigar_options -Mzigar=$work/cache/stdlib-zig-[0-9a-f]*/zigar.zig -Mzigar_options=.*/zigar-options.zig -femit-bin=" "$work/zig.log"; then
  ok "the agreed build-lib command line"
else bad "the agreed build-lib command line" "$(cat "$work/zig.log")"; fi
expect "stdlib-zig installed into the cache" test -f "$(ls -d "$work/cache"/stdlib-zig-*/ | head -1)zigar.zig"
expect "temp build folders removed" test -z "$(ls -A "$work/cache/tmp")"

: > "$work/zig.log"
out=$("$bt" build "$src/memory-example-1.zig")
expect "second import is a hit: same library, no zig process at all" \
  test "$out" = "OK $lib1 memory-example-1 Debug" -a "$(calls)" = 0
sleep 1.1 # past the racy-timestamp window, as an index entry normally is
"$bt" build "$src/memory-example-1.zig" >/dev/null
: > "$work/zig.log"
touch "$src/memory-example-1.zig" "$src/helper.zig"
out=$("$bt" build "$src/memory-example-1.zig")
expect "touched (unchanged) sources: re-hashed, still a hit, no zig" \
  test "$out" = "OK $lib1 memory-example-1 Debug" -a "$(calls)" = 0
echo "pub const Unrelated = struct {};" > "$src/unrelated.zig"
out=$("$bt" build "$src/memory-example-1.zig")
expect "a new .zig file nobody imports: still a hit" test "$out" = "OK $lib1 memory-example-1 Debug" -a "$(calls)" = 0
out=$(ZIGAR_STDLIB_ZIG_DIR=$here/fake-stdlib-zig "$bt" build "$src/memory-example-1.zig")
expect "ZIGAR_STDLIB_ZIG_DIR with the same files hashes like the embedded table (hit)" \
  test "$out" = "OK $lib1 memory-example-1 Debug" -a "$(calls)" = 0

# ---- changes rebuild -------------------------------------------------------------
echo "pub const Extra = struct { x: u8 };" >> "$src/memory-example-1.zig"
out=$("$bt" build "$src/memory-example-1.zig")
lib2=$(echo "$out" | awk '{print $2}')
expect "changed root source rebuilds" test "$(builds)" = 1 -a "$lib2" != "$lib1"
expect "the superseded library is deleted" test ! -e "$lib1" -a -e "$lib2"
printf 'const deep = @import("sub/deep.zig");\npub fn value() i32 {\n    return deep.base + 2;\n}\n' > "$src/helper.zig"
out=$("$bt" build "$src/memory-example-1.zig")
lib3=$(echo "$out" | awk '{print $2}')
expect "changed imported file rebuilds" test "$(builds)" = 2 -a "$lib3" != "$lib2"
echo "pub const base: i32 = 40;" > "$src/sub/deep.zig"
out=$("$bt" build "$src/memory-example-1.zig")
lib4=$(echo "$out" | awk '{print $2}')
expect "changed file imported by an import (sub/deep.zig) rebuilds" test "$(builds)" = 3 -a "$lib4" != "$lib3"
out=$("$bt" build "$src/memory-example-1.zig")
expect "…and is a hit afterwards" test "$(builds)" = 3 -a "$(echo "$out" | awk '{print $2}')" = "$lib4"

# ---- options change the key ------------------------------------------------------
out=$("$bt" build "$src/memory-example-1.zig" "optimize=ReleaseFast")
libf=$(echo "$out" | awk '{print $2}')
if [[ "$out" == "OK "*" memory-example-1 ReleaseFast" ]] && [ "$libf" != "$lib4" ] && [ "$(builds)" = 4 ] &&
   tail -n 1 "$work/zig.log" | grep -q -- "-O ReleaseFast "; then
  ok "optimize=ReleaseFast: another key, built with -O ReleaseFast"
else bad "optimize=ReleaseFast: another key, built with -O ReleaseFast" "$out"; fi
out=$("$bt" build "$src/memory-example-1.zig")
expect "Debug build still cached beside it" test "$(builds)" = 4 -a "$(echo "$out" | awk '{print $2}')" = "$lib4"
out=$("$bt" build "$src/memory-example-1.zig" "omit-functions=1&omit_variables=true")
expect "omitFunctions/omitVariables reach the exporter through zigar_options" \
  test "$(echo "$out" | cut -d' ' -f3-)" = "memory-example-1 Debug omit-functions omit-variables"
out=$("$bt" build "$src/memory-example-1.zig" "multithreaded=0")
expect "multithreaded=0 builds with -fsingle-threaded" \
  sh -c "tail -n 1 '$work/zig.log' | grep -q -- -fsingle-threaded"
echo '{ "optimize": "ReleaseSmall" }' > "$work/proj/zigar.config.json"
out=$("$bt" build "$src/memory-example-1.zig")
expect "zigar.config.json two folders up supplies optimize" \
  test "$(echo "$out" | cut -d' ' -f3-)" = "memory-example-1 ReleaseSmall"
out=$("$bt" build "$src/memory-example-1.zig" "optimize=Debug")
expect "the query overrides it (cached Debug build, no zig)" \
  test "$(echo "$out" | awk '{print $2}')" = "$lib4"
rm "$work/proj/zigar.config.json"
out=$("$bt" build "$src/memory-example-1.zig" "optimise=Debug")
expect "unknown query option named in the error" test "$out" = "$(printf "ERROR: Unknown option 'optimise' in the import's query string (options: optimize, useLibc, multithreaded, omitFunctions, omitVariables)")"

# ---- compile errors --------------------------------------------------------------
before=$(builds)
ls "$work/cache/modules" > "$work/modules.before"
out=$("$bt" build "$src/broken.zig")
if [[ "$out" == "COMPILE ERROR: "*"$src/broken.zig:3:"*": error: use of undeclared identifier 'not_declared_anywhere'"* ]]; then
  ok "compile error: zig's diagnostics with file:line:col"
else bad "compile error: zig's diagnostics with file:line:col" "$out"; fi
ls "$work/cache/modules" > "$work/modules.after"
new_files=$(comm -13 "$work/modules.before" "$work/modules.after")
if [[ "$new_files" =~ ^broken-[0-9a-f]+\.lock$ ]] && [ -z "$(ls -A "$work/cache/tmp")" ]; then
  ok "compile error leaves nothing in the cache but the lock"
else bad "compile error leaves nothing in the cache but the lock" "$new_files / tmp: $(ls -A "$work/cache/tmp")"; fi
out=$("$bt" build "$src/broken.zig")
expect "a failed build is retried next time (not cached as failed)" test "$(builds)" = $((before + 2))
sed -i 's/not_declared_anywhere/fine/' "$src/broken.zig"
out=$("$bt" build "$src/broken.zig")
expect "fixed file builds" test "${out%% *}" = OK

# ---- module names zig would not take as-is ------------------------------------------
cp "$src/sub/deep.zig" "$src/sub/std.zig"
cp "$src/sub/deep.zig" "$src/sub/my.module v2.zig"
out=$("$bt" build "$src/sub/std.zig")
# zig names a file's struct after the file, whatever the -M name: still "std".
expect "a file named std.zig builds (zig module name mapped to std_module; @typeName still std)" \
  sh -c "test '$(echo "$out" | cut -d' ' -f3-)' = 'std Debug' && grep -q -- '-Mstd_module=$src/sub/std.zig' '$work/zig.log'"
out=$("$bt" build "$src/sub/my.module v2.zig")
expect "dots and spaces in the stem are kept as the module name" test "$(echo "$out" | cut -d' ' -f3-)" = "my.module v2 Debug"

# ---- concurrency -----------------------------------------------------------------
mkdir -p "$work/proj/conc"
cp "$here/fixtures/memory-example-1.zig" "$here/fixtures/helper.zig" "$work/proj/conc/"
cp -r "$here/fixtures/sub" "$work/proj/conc/"
: > "$work/zig.log"
for i in 1 2 3 4; do
  "$bt" build "$work/proj/conc/memory-example-1.zig" > "$work/conc.$i" 2>&1 &
done
wait
all_ok=1
first=$(awk '{print $2}' "$work/conc.1")
for i in 1 2 3 4; do
  out=$(cat "$work/conc.$i")
  [[ "$out" == "OK $first memory-example-1 Debug" ]] || all_ok=0
done
if [ "$all_ok" = 1 ] && [ "$(builds)" = 1 ]; then
  ok "4 concurrent processes: all succeed, zig builds once"
else bad "4 concurrent processes: all succeed, zig builds once" "$(cat "$work"/conc.* "$work/zig.log")"; fi

# ---- TTY progress line -----------------------------------------------------------
echo "pub const more: i32 = 1;" >> "$work/proj/conc/sub/deep.zig"
tty_out=$(python3 -c 'import pty, sys; pty.spawn(sys.argv[1:])' "$bt" build "$work/proj/conc/memory-example-1.zig" 2>&1)
if [[ "$tty_out" == *"Building memory-example-1.zig (Debug)…"$'\r\e[K'* ]]; then
  ok "TTY: progress line on stderr, then cleared"
else bad "TTY: progress line on stderr, then cleared" "$(printf '%q' "$tty_out")"; fi

# ---- the hit path's cost -----------------------------------------------------------
sleep 1.1
"$bt" build "$src/memory-example-1.zig" > /dev/null # settle the index
: > "$work/zig.log"
times=()
for i in $(seq 1 21); do times+=("$("$bt" time "$src/memory-example-1.zig")"); done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
echo "     hit: zr_zig_options_resolve + zr_zig_build, first call in a fresh process: median ${median} us (21 runs)"
if [ "$(calls)" = 0 ] && awk "BEGIN { exit !($median < 7000) }"; then
  ok "cache hit costs well under 7 ms (${median} us) and runs no zig"
else bad "cache hit costs well under 7 ms (${median} us) and runs no zig"; fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
