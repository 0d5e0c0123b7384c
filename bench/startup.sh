#!/usr/bin/env bash
# Start-up time, alternating runs (in rotating order) so all see the same
# machine state:
# - an empty script on zigar-run against `node` on an empty script
#   (target: median ratio <= 0.35);
# - a script importing a small, already cached Zig module against the empty
#   script on zigar-run (target: adds <= 30%).
# Usage: bench/startup.sh [path/to/zigar-run] [runs]
set -euo pipefail
bin=${1:-out/release/zigar-run}
runs=${2:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/empty.mjs"
cp "$root/bench/startup-module.zig" "$work/small.zig"
printf "import { add } from './small.zig';\nif (add(1, 2) !== 3) throw new Error('bad');\n" > "$work/zig.mjs"
# Build the module into the cache once. This run (and the three warm-up rounds
# below) also write and refresh the stdlib-js code caches (docs/startup.md);
# ZIGAR_NO_CODE_CACHE=1 in the environment measures without them.
"$bin" "$work/zig.mjs"
exec python3 - "$bin" "$work" "$runs" <<'PY'
import statistics, subprocess, sys, time
binary, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
empty, zig = f"{work}/empty.mjs", f"{work}/zig.mjs"
def once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t
cases = {"zigar-run empty": [binary, empty], "node empty": ["node", empty],
         "zigar-run + cached .zig": [binary, zig]}
times = {k: [] for k in cases}
for _ in range(3):
    for cmd in cases.values(): once(cmd)
# The order rotates every round: a run right after node's is slower (node
# leaves the CPU caches and the allocator's free pages cold), and a fixed
# order would charge that to whichever case follows node.
keys = list(cases)
for i in range(runs):
    for k in keys[i % 3:] + keys[:i % 3]: times[k].append(once(cases[k]))
m = {k: statistics.median(v) for k, v in times.items()}
print(f"startup ({runs} alternating runs, median wall time)")
for k, v in m.items():
    print(f"  {k:26s} {v * 1000:7.1f} ms")
print(f"  zigar-run / node           {m['zigar-run empty'] / m['node empty']:7.2f}x   (target <= 0.35)")
extra = m['zigar-run + cached .zig'] / m['zigar-run empty'] - 1
print(f"  cached .zig import adds    {extra * 100:6.1f} %   (target <= 30 %)")
PY
