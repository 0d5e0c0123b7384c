#!/usr/bin/env bash
# Runs every benchmark in bench/ against one build folder (a release build).
set -euo pipefail
out=${1:-out/release}
cd "$(dirname "$0")/.."
for b in bench/*.sh; do
  echo "== $b"
  "$b" "$out/zigar-run"
done
