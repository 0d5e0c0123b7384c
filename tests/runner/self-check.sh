#!/bin/sh
# self-check.sh — checks the test runner's verdicts on tests that must fail.
#
# Runs the runner on tests/runner-failing/ (each test there fails in its own
# way) and asserts that every one is reported with the right reason, that
# the summary is exactly "0 passed, N failed" and that the exit status is
# non-zero; then that walking tests/ skips that folder (.not-tests marker).
#
# Usage: tests/runner/self-check.sh [BIN]      (uses BIN test, default out/zigar-run)
#        RUNNER=out/runner-dev/runner_demo tests/runner/self-check.sh
set -u
cd "$(dirname "$0")/../.." || exit 2
RUNNER=${RUNNER:-"${1:-out/zigar-run} test"}
dir=tests/runner-failing
out=$(mktemp)
trap 'rm -f "$out"' EXIT

problems=0
fail() { echo "self-check: $*" >&2; problems=$((problems + 1)); }

$RUNNER "$dir" >"$out" 2>/dev/null
status=$?
[ "$status" -ne 0 ] || fail "runner exited 0 on failing tests"
[ "$status" -eq 1 ] || fail "runner exited $status, expected 1"

# file | mode | a fixed substring of the reason
expect() {
  if [ "$2" = "-" ]; then prefix="FAIL $dir/$1: "; else prefix="FAIL $dir/$1 [$2]: "; fi
  grep -F -- "$prefix" "$out" | grep -qF -- "$3" ||
    fail "no line '$prefix…$3…'"
}
expect wrong-stdout.js sloppy 'stdout line 2: expected "goodbye", got "hello"'
expect wrong-exit.js sloppy 'exit status 0, expected 2'
expect timeout.js sloppy 'timed out after 1 s'
expect negative-no-throw.js sloppy 'expected runtime TypeError, but the test completed normally'
expect negative-wrong-phase.js sloppy 'expected parse SyntaxError, got runtime TypeError'
expect async-no-done.js sloppy 'async test did not print Test262:AsyncTestComplete'
expect async-failure.js sloppy 'Test262:AsyncTestFailure:Test262Error: boom in a then'
expect assertion.js sloppy 'exit status 1, expected 0'
expect assertion.js sloppy 'Expected SameValue(«1», «2») to be true'
expect stderr-missing.js sloppy 'stderr does not contain "text that is never printed"'
expect bad-front-matter.js - 'front matter: line 3:'
expect missing-include.js - 'include doesNotExist.js: no such file'
expect module-missing-file.js module 'exit status 1, expected 0'

n=$(ls "$dir" | grep -c '\.js$')
last=$(tail -n 1 "$out")
[ "$last" = "0 passed, $n failed" ] || fail "last line is '$last', expected '0 passed, $n failed'"
fails=$(grep -c '^FAIL ' "$out")
[ "$fails" -eq "$n" ] || fail "$fails FAIL lines for $n tests"
# Failure lines come sorted by path.
grep '^FAIL ' "$out" | cut -d' ' -f2 | sed 's/:$//' | sort -c 2>/dev/null ||
  fail "FAIL lines are not sorted by path"

# Walking a parent folder must not pick the failing tests up.
$RUNNER --list tests >"$out" 2>/dev/null || fail "--list tests failed"
grep -q '^tests/runner/basic-pass.js \[sloppy\]$' "$out" || fail "--list tests did not list tests/runner"
! grep -q 'runner-failing' "$out" || fail "walking tests/ picked up tests/runner-failing (.not-tests ignored)"

if [ "$problems" -ne 0 ]; then
  echo "self-check: $problems problem(s)" >&2
  exit 1
fi
echo "self-check: ok ($n failing tests reported correctly)"
