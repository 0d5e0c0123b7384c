#!/usr/bin/env bash
# Runs `gn gen OUT --args=ARGS` when OUT has no build.ninja yet, when the args
# changed, or when the set of source files changed (BUILD.gn files list
# folders through tools/list_sources.py, which gn only re-runs at gen time).
set -euo pipefail
out=$1
args=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
stamp="$out/.sources"
current=$( (ls shim/src runtime stdlib-js tests/unit 2>/dev/null; echo "args=$args") | sha1sum)
if [ -f "$out/build.ninja" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$current" ]; then
  exit 0
fi
gn gen "$out" --args="$args" >/dev/null
echo "$current" > "$stamp"
