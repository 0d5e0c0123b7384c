#!/usr/bin/env bash
# Runs bench/threads.js on the given zigar-run (a release build by default).
set -euo pipefail
bin=${1:-out/release/zigar-run}
cd "$(dirname "$0")/.."
"$bin" bench/threads.js
