#!/usr/bin/env bash
# The stdlib-js code cache (runtime/stdlib.c, docs/startup.md): made at the
# first run, used after it, and never able to break a run — corrupt,
# truncated, stale, foreign or unwritable cache files are ignored (and
# replaced at exit). Run by tools/run-tests.sh; by hand:
#   tests/startup/code-cache.sh [path/to/zigar-run]
# Ends with "N passed, N failed" like the other suites.
set -uo pipefail
bin=$(realpath "${1:-out/zigar-run}")
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export ZIGAR_CACHE_DIR="$work/cache"
unset ZIGAR_NO_CODE_CACHE
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

# Loads console, inspect, timers, process, TextEncoder: several files.
cat > "$work/main.mjs" <<'JS'
const t = new TextEncoder().encode('h\u00e9');
setTimeout(() => console.log('ok', t.length, { a: [1, 2] }, `\u2500${'x'}\u2500`), 0);
JS
expected=$(printf 'ok 3 { a: [ 1, 2 ] } \xe2\x94\x80x\xe2\x94\x80')

run() {  # $1: what; runs the script, checks stdout and an empty stderr
  local out err
  out=$("$bin" "$work/main.mjs" 2> "$work/err")
  err=$(cat "$work/err")
  if [ "$out" = "$expected" ] && [ -z "$err" ]; then ok "$1"; else bad "$1: stdout '$out' stderr '$err'"; fi
}
files() { ls "$work"/cache/stdlib-js/*/*.bin 2>/dev/null; }

run "first run (no cache)"
if [ "$(files | wc -l)" -ge 5 ]; then ok "caches written at exit ($(files | wc -l) files)"; else bad "caches written at exit: $(files)"; fi
if ls "$work"/cache/stdlib-js/*/*.tmp >/dev/null 2>&1; then bad "no temp files left"; else ok "no temp files left"; fi
run "second run (with cache)"

snapshot() { for f in $(files); do cksum "$f"; done > "$work/$1"; }
replaced() {  # $1: what; every file differs from the damaged copies
  local f
  for f in $(files); do
    if grep -q "$(cksum "$f")" "$work/damaged"; then bad "$1: $f was not written again"; return; fi
  done
  ok "$1: written again at exit"
}

# A flipped byte in the middle of each payload.
for f in $(files); do
  python3 - "$f" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
b[len(b) // 2 + 7] ^= 0x5a
open(p, 'wb').write(b)
PY
done
snapshot damaged
run "corrupt payloads"
replaced "corrupt payloads"

for f in $(files); do head -c 20 "$f" > "$f.x" && mv "$f.x" "$f"; done
snapshot damaged
run "truncated files"
replaced "truncated files"

for f in $(files); do head -c 3000 /dev/urandom > "$f"; done
snapshot damaged
run "random bytes"
replaced "random bytes"

# Stale: each file holds a valid cache (our header and checksum right) made
# for another stdlib-js file, so only V8 can tell: it must reject it.
python3 - $(files) <<'PY'
import struct, sys
M = (1 << 64) - 1
K1, K2 = 0xbf58476d1ce4e5b9, 0x94d049bb133111eb
def mix(h):
    h ^= h >> 31; h = (h * 0xd6e8feb86659fd39) & M; return h ^ (h >> 32)
def hash64(data, seed):  # runtime/stdlib.c's hash64
    n = len(data)
    h = [seed, seed ^ K1, seed ^ K2, (seed + n) & M]
    i = 0
    while i + 32 <= n:
        for j in range(4):
            w = int.from_bytes(data[i + 8 * j:i + 8 * j + 8], 'little')
            h[j] = ((h[j] ^ ((w * K1) & M)) * K2) & M
            h[j] ^= h[j] >> 29
        i += 32
    r = mix(h[0]) ^ ((mix(h[1]) * 3) & M) ^ ((mix(h[2]) * 5) & M) ^ ((mix(h[3]) * 7) & M)
    while i < n:
        w = int.from_bytes(data[i:i + 8], 'little')
        r = ((r ^ ((w * K1) & M)) * K2) & M
        r ^= r >> 29
        i += 8
    return mix(r ^ n)
HDR = struct.Struct('<IIQQQII')
paths = sys.argv[1:]
blobs = [open(p, 'rb').read() for p in paths]
for k, p in enumerate(paths):
    other = blobs[(k + 1) % len(blobs)]
    magic, tag, _, _, _, gen, res = HDR.unpack_from(other)
    mine = HDR.unpack_from(blobs[k])[2]
    payload = other[HDR.size:]
    open(p, 'wb').write(HDR.pack(magic, tag, mine, hash64(payload, mine), len(payload), gen, res) + payload)
PY
snapshot damaged
run "caches of other files (V8 rejects them)"
replaced "caches of other files"

# Unusable cache folders: the run must not notice.
rm -rf "$work/cache"
mkdir -p "$work/cache" && chmod a-w "$work/cache"
run "read-only cache folder"
chmod u+w "$work/cache"
rm -rf "$work/cache" && : > "$work/cache"
run "cache path is a file"
rm -f "$work/cache"

ZIGAR_NO_CODE_CACHE=1 "$bin" "$work/main.mjs" > /dev/null 2>&1
if [ -z "$(files)" ]; then ok "ZIGAR_NO_CODE_CACHE=1 writes nothing"; else bad "ZIGAR_NO_CODE_CACHE=1 wrote $(files)"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
