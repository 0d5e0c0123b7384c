#!/usr/bin/env bash
# Command-line behaviour of zigar-run that a test file cannot show: flags,
# usage errors, -e, shebang scripts, arguments, exit statuses, piped output.
# Usage: tests/cli/cli-test.sh path/to/zigar-run. Ends with `N passed, N failed`.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0
failed=0

# expect NAME STATUS STDOUT_PATTERN STDERR_PATTERN -- command...
# Patterns are grep -E regexes searched in the output ('' = any); a pattern
# starting with '=' is the exact output instead (a final newline added).
matches() {
  case "$1" in
    '') return 0 ;;
    '=') [ ! -s "$2" ] ;;
    =*) [ "$(cat "$2"; echo x)" = "${1#=}"$'\n'x ] ;;
    *) grep -Ezq -- "$1" "$2" ;;
  esac
}

expect() {
  local name=$1 want_status=$2 out_re=$3 err_re=$4
  shift 5
  "$@" >"$work/out" 2>"$work/err"
  local status=$?
  local why=""
  [ "$status" -eq "$want_status" ] || why="exit status $status, expected $want_status"
  if [ -z "$why" ] && ! matches "$out_re" "$work/out"; then why="stdout does not match '$out_re'"; fi
  if [ -z "$why" ] && ! matches "$err_re" "$work/err"; then why="stderr does not match '$err_re'"; fi
  if [ -z "$why" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL cli: $name: $why"
    sed 's/^/    out: /' "$work/out" | head -5
    sed 's/^/    err: /' "$work/err" | head -5
  fi
}

expect "--version" 0 '^v[0-9]+\.[0-9]+\.[0-9]+' '' -- "$bin" --version
expect "-v" 0 '^v[0-9]+\.[0-9]+\.[0-9]+' '' -- "$bin" -v
expect "--help" 0 'Usage: zigar-run' '' -- "$bin" --help
expect "unknown flag is a usage error" 2 '' "unknown option '--frobnicate'" -- "$bin" --frobnicate x.js
expect "no script is a usage error" 2 '' 'no script given' -- "$bin"
expect "-e without code" 2 '' "option '-e' needs a value" -- "$bin" -e
expect "-e runs code" 0 '=3' '' -- "$bin" -e 'console.log(1 + 2)'
expect "-e gets arguments" 0 '\[ *.a., *.b. *\]' '' -- "$bin" -e 'console.log(process.argv.slice(1))' a b
expect "-e supports top-level await" 0 '=done' '' -- "$bin" -e 'await new Promise(r => setTimeout(r, 1)); console.log("done")'
expect "-e syntax error" 1 '' 'SyntaxError' -- "$bin" -e 'let = ;'

printf 'console.log(JSON.stringify(process.argv.slice(2)));\nconsole.log(process.argv[1]);\n' > args.js
expect "script arguments" 0 '\["x","--flag","y"\]' '' -- "$bin" args.js x --flag y
expect "argv[1] is the absolute script path" 0 "$work/args.js" '' -- "$bin" args.js
expect "options after the script belong to it" 0 '\["--version"\]' '' -- "$bin" args.js --version

printf '#!/usr/bin/env zigar-run\nconsole.log("shebang ok", typeof process);\n' > tool.js
chmod +x tool.js
expect "shebang script" 0 '=shebang ok object' '' -- env PATH="$(dirname "$bin"):$PATH" ./tool.js
expect "missing script" 1 '' "Cannot find module '$work/missing.js'" -- "$bin" missing.js

printf 'process.exitCode = 7;\n' > code.js
expect "exitCode" 7 '' '' -- "$bin" code.js
printf 'process.exit(4); console.log("not reached");\n' > exit.js
expect "process.exit" 4 '=' '' -- "$bin" exit.js

expect "--expose-gc defines gc" 0 '=function' '' -- "$bin" --expose-gc -e 'console.log(typeof gc)'
expect "no gc without the flag" 0 '=undefined' '' -- "$bin" -e 'console.log(typeof gc)'
expect "--v8-flags reach V8" 0 '=function' '' -- "$bin" --v8-flags="--expose-gc" -e 'console.log(typeof gc)'

# --dump-module takes a path as given (relative, no folder) and the options an
# import would take after '?'; a missing file is a one-line error.
printf 'pub fn twice(x: i32) i32 {\n    return x * 2;\n}\n' > dumped.zig
expect "--dump-module relative path" 0 '"name": "dumped"' '' -- "$bin" --dump-module dumped.zig
expect "--dump-module with options" 0 '"optimize": "ReleaseSmall"' '' -- "$bin" --dump-module 'dumped.zig?optimize=ReleaseSmall'
expect "--dump-module bad option" 1 '=' "Invalid value for option optimize: 'Fastest'" -- "$bin" --dump-module 'dumped.zig?optimize=Fastest'
expect "--dump-module missing file" 1 '=' '^zigar-run: cannot read nowhere.zig: No such file or directory' -- "$bin" --dump-module nowhere.zig

# Output is not lost at exit, even on a pipe that reads slowly.
printf 'for (let i = 0; i < 200000; i++) console.log("line " + i);\nprocess.exit(0);\n' > many.js
"$bin" many.js | (sleep 0.2; wc -l) > "$work/count"
if [ "$(tr -d ' ' < "$work/count")" = "200000" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL cli: piped output lost lines: $(cat "$work/count")"; fi

# stdout and stderr keep their relative order on a shared file.
"$bin" -e 'console.log("one"); console.error("two"); console.log("three")' > both 2>&1
if [ "$(tr '\n' ' ' < both)" = "one two three " ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL cli: stdout/stderr order: $(cat both)"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
