#!/usr/bin/env node
'use strict';
// Runs tests/globals/*.js in Node vm contexts whose TextEncoder, TextDecoder,
// atob, btoa and structuredClone are the stdlib-js implementations (loaded
// inside the context, so they share its built-ins as they will in
// zigar-run), with a small shim of the test262 harness (assert.js,
// compareArray.js) and a console.log that is captured and compared with the
// test's `expected_stdout`.
//
//   node tools/globals-check/run-tests.js [--node] [--record] [files…]
//
//   --node    run each test in a plain Node process with Node's own globals
//             (checks the tests against the reference behaviour; the few
//             tests where Node 20 departs from the spec are skipped if they
//             fail, see KNOWN_NODE_DIFFERENCES)
//   --record  print each test's captured stdout as an expected_stdout block

const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const useNode = args.includes('--node');
const record = args.includes('--record');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const dir = path.join(root, 'tests', 'globals');
  files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(dir, f));
}

// ---- front matter ----------------------------------------------------------------

function parseFrontMatter(source, file) {
  const m = /\/\*---\n([\s\S]*?)\n---\*\//.exec(source);
  if (!m) throw new Error(`${file}: no /*--- … ---*/ front matter`);
  const meta = { includes: [], flags: [] };
  const lines = m[1].split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`${file}: cannot parse front matter line: ${line}`);
    const [, key, rest] = kv;
    if (rest === '|' || rest === '>') {
      // A literal block: lines indented by two spaces; clip chomping.
      const block = [];
      while (i + 1 < lines.length && (lines[i + 1].startsWith('  ') || lines[i + 1] === '')) {
        block.push(lines[++i].slice(2));
      }
      while (block.length && block[block.length - 1] === '') block.pop();
      meta[key] = block.join('\n') + '\n';
    } else if (rest.startsWith('[')) {
      meta[key] = rest.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    } else {
      meta[key] = rest;
    }
  }
  if (!meta.description) throw new Error(`${file}: front matter lacks description`);
  return meta;
}

// ---- harness shim (test262 assert.js + compareArray.js API) -------------------------

const HARNESS = String.raw`
function Test262Error(message) { this.message = message || ''; }
Test262Error.prototype.toString = function () { return 'Test262Error: ' + this.message; };
Test262Error.thrower = function (message) { throw new Test262Error(message); };

function __fmt(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'bigint') return v + 'n';
  if (Object.is(v, -0)) return '-0';
  try { return String(v); } catch (e) { return '<' + typeof v + '>'; }
}

function assert(mustBeTrue, message) {
  if (mustBeTrue === true) return;
  throw new Test262Error(message || 'Expected true but got ' + __fmt(mustBeTrue));
}
assert._isSameValue = function (a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
};
assert.sameValue = function (actual, expected, message) {
  if (assert._isSameValue(actual, expected)) return;
  throw new Test262Error((message ? message + ' ' : '') +
    'Expected SameValue(«' + __fmt(actual) + '», «' + __fmt(expected) + '») to be true');
};
assert.notSameValue = function (actual, unexpected, message) {
  if (!assert._isSameValue(actual, unexpected)) return;
  throw new Test262Error((message ? message + ' ' : '') +
    'Expected SameValue(«' + __fmt(actual) + '», «' + __fmt(unexpected) + '») to be false');
};
assert.throws = function (expectedErrorConstructor, func, message) {
  var prefix = message ? message + ' ' : '';
  if (typeof func !== 'function') {
    throw new Test262Error(prefix + 'assert.throws requires two arguments: the error constructor and a function to run');
  }
  try {
    func();
  } catch (thrown) {
    if (typeof thrown !== 'object' || thrown === null) {
      throw new Test262Error(prefix + 'Thrown value was not an object!');
    }
    if (thrown.constructor !== expectedErrorConstructor) {
      throw new Test262Error(prefix + 'Expected a ' + expectedErrorConstructor.name +
        ' but got a ' + (thrown.constructor && thrown.constructor.name) + ': ' + thrown.message);
    }
    return;
  }
  throw new Test262Error(prefix + 'Expected a ' + expectedErrorConstructor.name +
    ' to be thrown but no exception was thrown at all');
};

function compareArray(a, b) {
  if (b.length !== a.length) return false;
  for (var i = 0; i < a.length; i++) {
    if (!assert._isSameValue(b[i], a[i])) return false;
  }
  return true;
}
compareArray.format = function (arrayLike) {
  return '[' + Array.prototype.map.call(arrayLike, __fmt).join(', ') + ']';
};
assert.compareArray = function (actual, expected, message) {
  var prefix = message ? message + ' ' : '';
  if (typeof actual !== 'object' || actual === null) {
    throw new Test262Error(prefix + 'actual argument shouldn\'t be nullish.');
  }
  if (typeof expected !== 'object' || expected === null) {
    throw new Test262Error(prefix + 'expected argument shouldn\'t be nullish.');
  }
  if (!compareArray(actual, expected)) {
    throw new Test262Error(prefix + 'Actual ' + compareArray.format(actual) +
      ' and expected ' + compareArray.format(expected) + ' should have the same contents.');
  }
};
`;

// ---- context set-up -------------------------------------------------------------

function loadInto(context, name, natives) {
  const src = fs.readFileSync(path.join(root, 'stdlib-js', name + '.js'), 'utf8');
  const fn = vm.runInContext(`(function (exports, require, natives) {${src}\n})`, context,
    { filename: `stdlib-js/${name}.js` });
  const exports = {};
  fn(exports, (n) => { throw new Error(`unexpected require(${n})`); }, natives);
  return exports;
}

function makeContext(output) {
  const context = vm.createContext({});
  const log = (...values) => { output.push(util.format(...values) + '\n'); };
  vm.runInContext('globalThis.console = {};', context);
  context.console.log = log;
  context.console.error = log;
  {
    const natives = {
      // What zigar-run's natives.detachArrayBuffer does, done the Node way.
      detachArrayBuffer(buffer) { structuredClone(buffer, { transfer: [buffer] }); },
    };
    for (const name of ['encoding', 'base64', 'structured_clone']) {
      for (const [k, v] of Object.entries(loadInto(context, name, natives))) {
        Object.defineProperty(context, k, { value: v, writable: true, configurable: true, enumerable: false });
      }
    }
  }
  vm.runInContext(HARNESS, context, { filename: 'harness.js' });
  return context;
}

const NODE_CHILD = `
const vm = require('vm');
const { harness, source, filename } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
vm.runInThisContext(harness, { filename: 'harness.js' });
try {
  vm.runInThisContext(source, { filename });
} catch (e) {
  process.stderr.write((e && e.constructor && e.constructor.name) + ': ' + (e && e.message) + '\\n');
  process.exitCode = 1;
}
`;

// Tests that assert the spec (or the message the runtime chose) where Node
// 20 does otherwise; with --node they are reported as skipped if they fail.
const KNOWN_NODE_DIFFERENCES = {
  'structuredclone-circular.js': 'an Error whose cause leads back to it fails to deserialize',
  'structuredclone-primitives.js': 'structuredClone.length is 0 (WebIDL says 1)',
  'textdecoder-input-invalid.js': 'decode() type errors name "list"/"input" and omit "Received …"',
  'textdecoder-windows1252.js': 'windows-1252 labels decode as ISO-8859-1 (0x80-0x9F as C1 controls)',
};

// ---- run -------------------------------------------------------------------------

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const rel = path.relative(root, path.resolve(file));
  const source = fs.readFileSync(file, 'utf8');
  let meta;
  try {
    meta = parseFrontMatter(source, rel);
  } catch (e) {
    console.log(`FAIL ${rel}: ${e.message}`);
    failed++;
    continue;
  }
  // The real harness only defines compareArray when the test includes it.
  if (/\bcompareArray\b/.test(source.replace(/\/\*---[\s\S]*?---\*\//, '')) &&
      !meta.includes.includes('compareArray.js')) {
    console.log(`FAIL ${rel}: uses compareArray without includes: [compareArray.js]`);
    failed++;
    continue;
  }
  const strict = meta.flags.includes('onlyStrict') ? '"use strict";\n' : '';
  const output = [];
  let error;
  if (useNode) {
    // Node's globals only behave natively in Node's main context (in a vm
    // context, clones come from the wrong realm), so each test gets a child
    // process that installs the harness as real globals.
    const child = spawnSync(process.execPath, ['-e', NODE_CHILD], {
      input: JSON.stringify({ harness: HARNESS, source: strict + source, filename: rel }),
      encoding: 'utf8',
      timeout: 10000,
    });
    output.push(child.stdout);
    if (child.status !== 0) error = new Error(child.stderr.trim().split('\n').pop() || `exit ${child.status}`);
  } else {
    try {
      const context = makeContext(output);
      vm.runInContext(strict + source, context, { filename: rel, timeout: 10000 });
    } catch (e) {
      error = e;
    }
  }
  const stdout = output.join('');
  if (!error && meta.expected_stdout !== undefined && stdout !== meta.expected_stdout) {
    error = new Error(`stdout differs\n--- expected\n${meta.expected_stdout}--- actual\n${stdout}`);
  }
  if (record) {
    console.log(`# ${rel}\nexpected_stdout: |\n${stdout.replace(/\n$/, '').split('\n').map((l) => '  ' + l).join('\n')}`);
  }
  if (error && useNode && KNOWN_NODE_DIFFERENCES[path.basename(rel)]) {
    skipped++;
    console.log(`skip ${rel}: known Node 20 difference: ${KNOWN_NODE_DIFFERENCES[path.basename(rel)]}`);
  } else if (error) {
    failed++;
    const text = error && typeof error === 'object' && 'message' in error
      ? `${error.constructor && error.constructor.name}: ${error.message}` : String(error);
    console.log(`FAIL ${rel}: ${text}`);
  } else {
    passed++;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
