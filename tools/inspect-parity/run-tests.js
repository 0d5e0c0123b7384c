'use strict';
// Runs tests/console/*.js against stdlib-js/console.js (a fake console in a
// vm context) and compares stdout with each test's expected_stdout.
// Usage: node tools/inspect-parity/run-tests.js [files…]
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { makeNatives, ensureInternals } = require('./load');
const { readLiteral } = require('./frontmatter');

if (!ensureInternals()) main();

// stdlib-js is loaded inside the test's context, as the runtime does, so
// that realm-sensitive checks (prototypes, instanceof) see the test's values.
function loadInContext(context, natives) {
  const cache = new Map();
  const dir = path.join(__dirname, '..', '..', 'stdlib-js');
  function req(name) {
    if (cache.has(name)) return cache.get(name);
    const exports = {};
    cache.set(name, exports);
    const src = fs.readFileSync(path.join(dir, `${name}.js`), 'utf8');
    const fn = vm.runInContext(`(function (exports, require, natives) {${src}\n})`, context,
      { filename: `stdlib-js/${name}.js` });
    fn(exports, req, natives);
    return exports;
  }
  return req;
}

async function runTest(file) {
  const source = fs.readFileSync(file, 'utf8');
  const expected = readLiteral(source, 'expected_stdout');
  let stdout = '';
  const natives = makeNatives((fd, s) => {
    if (fd === 1) stdout += s;
  });
  const context = vm.createContext({ setTimeout, clearTimeout, queueMicrotask });
  const { createConsole } = loadInContext(context, natives)('console');
  context.console = createConsole(natives.write);
  vm.runInContext(source, context, { filename: file });
  // Let promise jobs and short timers finish.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { expected, actual: stdout };
}

async function main() {
  const dir = path.join(__dirname, '..', '..', 'tests', 'console');
  const files = process.argv.length > 2 ? process.argv.slice(2)
    : fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(dir, f));
  let failed = 0;
  for (const file of files) {
    let result;
    try {
      result = await runTest(file);
    } catch (err) {
      result = { expected: 'no exception', actual: `THREW ${err.stack}` };
    }
    if (result.expected === result.actual) continue;
    failed++;
    console.log(`FAIL ${path.relative(process.cwd(), file)}\n--- expected:\n${result.expected}--- actual:\n${result.actual}`);
  }
  console.log(`${files.length - failed}/${files.length} console tests pass`);
  process.exit(failed === 0 ? 0 : 1);
}
