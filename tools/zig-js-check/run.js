'use strict';
// Node-based checks of stdlib-js/zig*.js (the Zig data-object model and
// calls) against fake natives.  Usage: node tools/zig-js-check/run.js [filter]
// Ends with "N passed, N failed"; exit status 1 when anything failed.
const path = require('path');
const { makeNatives, loadStdlib, ensureInternals } = require('../inspect-parity/load.js');

if (ensureInternals()) return; // re-ran under --expose-internals

const { FakeSpace } = require('./fake.js');
const { MetaBuilder } = require('./meta.js');

const space = new FakeSpace();
const natives = Object.assign(makeNatives(), space.natives());
const req = loadStdlib(natives);
const zig = req('zig');
const { inspect } = req('inspect');

const filter = process.argv[2] || '';
let passed = 0, failed = 0;
const results = [];

function test(name, fn) {
  if (filter && !name.includes(filter)) return;
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    results.push(`FAIL ${name}\n  ${(e && e.stack ? e.stack : String(e)).split('\n').slice(0, 6).join('\n  ')}`);
  }
}

function eq(actual, expected, what = '') {
  const a = typeof actual === 'string' ? actual : inspect(actual);
  const b = typeof expected === 'string' ? expected : inspect(expected);
  if (typeof actual !== typeof expected && !(typeof expected === 'object')) {
    throw new Error(`${what} expected ${typeof expected} ${b}, got ${typeof actual} ${a}`);
  }
  if (a !== b) throw new Error(`${what}\n--- expected\n${b}\n--- actual\n${a}`);
}
function ok(v, what = 'assertion') { if (!v) throw new Error(`${what} failed`); }
function throws(fn, type, pattern, what = '') {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) throw new Error(`${what} did not throw (expected ${type.name} ${pattern})`);
  if (!(err instanceof type)) throw new Error(`${what} threw ${err && err.constructor && err.constructor.name}: ${err && err.message}, expected ${type.name}`);
  if (pattern && !(pattern instanceof RegExp ? pattern.test(err.message) : err.message === pattern)) {
    throw new Error(`${what} message ${JSON.stringify(err.message)} does not match ${pattern}`);
  }
  return err;
}

let handleCounter = 1;
// Builds a module: setup(b) declares types/functions and returns impls by fn index.
function makeModule(name, setup, opts = {}) {
  const b = new MetaBuilder(name, Object.assign({ space }, opts));
  const impls = [];
  const ctx = { b, impl: (f, fn) => { impls[f.index] = fn; return f; } };
  const extra = setup(ctx) || {};
  const meta = b.meta();
  const handle = { id: handleCounter++ };
  space.install(handle, meta, impls);
  const names = zig.exportNames(meta);
  const mod = zig.createModule(handle, meta);
  eq(Object.keys(mod).join(','), names.join(','), 'export names');
  return Object.assign({ mod, meta, b, handle }, extra);
}

const ptrAt = (dv, off) => Number(dv.getBigUint64(off, true));
const putPtr = (dv, off, a) => dv.setBigUint64(off, BigInt(a), true);
const enc = (s) => new TextEncoder().encode(s);

global.__zigcheck = { test, eq, ok, throws, makeModule, space, zig, inspect, req, ptrAt, putPtr, enc, natives };

require('./seed.js');
require('./types.js');
require('./calls.js');

for (const r of results) console.log(r);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
void path;
