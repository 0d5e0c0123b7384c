'use strict';
// Loads stdlib-js files into Node the way the runtime does: each file is the
// body of `function (exports, require, natives)`.  The natives are stubbed
// with Node facilities (test-only; the runtime implements them in C).
const fs = require('fs');
const path = require('path');

const stdlibDir = path.join(__dirname, '..', '..', 'stdlib-js');

// Node's own internal helpers give the exact V8 answers when available
// (`node --expose-internals`); otherwise fall back to weaker public APIs.
function internalUtil() {
  try {
    const emit = process.emitWarning;
    process.emitWarning = () => {};
    try {
      return require('internal/test/binding').internalBinding('util');
    } finally {
      process.emitWarning = emit;
    }
  } catch {
    return null;
  }
}

function makeNatives(write) {
  const u = internalUtil();
  const util = require('util');
  return {
    write: write || ((fd, s) => (fd === 2 ? process.stderr : process.stdout).write(s)),
    hrtime: () => process.hrtime.bigint(),
    promiseState: u ? (p) => u.getPromiseDetails(p) : () => undefined,
    proxyDetails: u
      ? (p) => u.getProxyDetails(p, true)
      : (p) => (util.types.isProxy(p) ? [null, null] : undefined),
    previewEntries: u ? (o) => u.previewEntries(o, true) : () => [[], false],
    constructorName: u ? (o) => u.getConstructorName(o) : () => 'Object',
  };
}

function loadStdlib(natives) {
  const cache = new Map();
  function req(name) {
    if (cache.has(name)) return cache.get(name);
    const exports = {};
    cache.set(name, exports);
    const src = fs.readFileSync(path.join(stdlibDir, `${name}.js`), 'utf8');
    new Function('exports', 'require', 'natives', src)(exports, req, natives);
    return exports;
  }
  return req;
}

// Re-run the current script under --expose-internals if needed.
function ensureInternals() {
  if (process.execArgv.includes('--expose-internals')) return false;
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', ...process.execArgv, process.argv[1], ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
  return true;
}

module.exports = { makeNatives, loadStdlib, ensureInternals };
