#!/usr/bin/env bash
# The whole suite against one build folder: the shim's C unit tests, the
# runner's own check, then the test262-style tests (in parallel, inside
# `zigar-run test`). Ends with one total line `N passed, N failed` and exits
# non-zero if anything failed.
set -uo pipefail
out=${1:-out}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

passed=0
failed=0
count() {  # adds the counts of a runner's closing line
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  if [ -z "$line" ]; then
    echo "run-tests: $2 printed no closing line" >&2
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')))
}

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

echo "== unit tests ($out/unit_tests)"
"$out/unit_tests" 2>&1 | tee "$log/unit"
count "$log/unit" unit_tests

echo "== command line (tests/cli/cli-test.sh)"
tests/cli/cli-test.sh "$out/zigar-run" 2>&1 | tee "$log/cli"
count "$log/cli" cli-test

if [ -x tests/runner/self-check.sh ]; then
  echo "== runner self-check"
  # One check: the runner reports each deliberately failing test correctly.
  if tests/runner/self-check.sh "$out/zigar-run"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

for suite in tests/zig-build/run.sh tests/zig-exporter/run.sh; do
  if [ -x "$suite" ]; then
    echo "== $suite"
    "$suite" 2>&1 | tee "$log/suite-part"
    count "$log/suite-part" "$suite"
  fi
done

echo "== tests/startup/code-cache.sh (the stdlib-js code cache)"
bash tests/startup/code-cache.sh "$out/zigar-run" 2>&1 | tee "$log/code-cache"
count "$log/code-cache" code-cache

# stdlib-js checked inside Node against Node's own behaviour (inspect parity)
# and against fake natives (the Zig data-object model).
for check in tools/inspect-parity/check.js tools/zig-js-check/run.js; do
  if [ -f "$check" ]; then
    echo "== node $check"
    if node "$check" > "$log/node-check" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); tail -20 "$log/node-check"; fi
  fi
done

echo "== test262-style suite ($out/zigar-run test tests)"
# A test that imports a .zig module builds it on first use (seconds on a
# fresh machine, more in release modes): a generous per-test limit.
"$out/zigar-run" test --timeout 180 tests 2>&1 | tee "$log/suite"
count "$log/suite" "zigar-run test"

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
