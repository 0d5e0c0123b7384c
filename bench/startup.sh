#!/usr/bin/env bash
# Start-up time: an empty script on zigar-run against `node` on an empty
# script, alternating runs so both see the same machine state. Prints the
# median wall time of each and their ratio (target: ≤ 0.35).
# Usage: bench/startup.sh [path/to/zigar-run] [runs]
set -euo pipefail
bin=${1:-out/release/zigar-run}
runs=${2:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/empty.mjs"
exec python3 - "$bin" "$work/empty.mjs" "$runs" <<'PY'
import statistics, subprocess, sys, time
binary, script, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t
ours, node = [], []
for _ in range(3):  # warm the page cache for both
    once([binary, script]); once(['node', script])
for _ in range(runs):
    ours.append(once([binary, script]))
    node.append(once(['node', script]))
mo, mn = statistics.median(ours), statistics.median(node)
print(f"startup (empty script, {runs} alternating runs, median wall time)")
print(f"  zigar-run {mo * 1000:7.1f} ms")
print(f"  node      {mn * 1000:7.1f} ms")
print(f"  ratio     {mo / mn:7.2f}x   (target <= 0.35)")
PY
