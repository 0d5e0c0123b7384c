'use strict';
// Parity check: stdlib-js/inspect.js against Node's util.inspect/util.format.
// Usage: node tools/inspect-parity/check.js [filter]
// Prints every mismatch with both outputs; exits 1 on any mismatch.
const { makeNatives, loadStdlib, ensureInternals } = require('./load');

if (!ensureInternals()) main();

async function main() {
  const util = require('util');
  // Node underlines the working directory in colored stack traces; run from
  // a fresh directory that appears in no stack so that this runtime-specific
  // decoration does not apply (the checkout itself may live under /tmp).
  const fs = require('fs');
  const scratch = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'inspect-parity-'));
  process.chdir(scratch);
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  const mine = loadStdlib(makeNatives())('inspect');
  const { values, formats, add } = require('./corpus');
  await addModuleNamespaces(add);
  const filter = process.argv[2];

  let total = 0;
  let failed = 0;
  const compare = (label, expected, actual) => {
    total++;
    if (expected === actual) return;
    failed++;
    console.log(`MISMATCH ${label}\n--- node:\n${expected}\n--- mine:\n${actual}\n`);
  };
  const run = (fn) => {
    try {
      return fn();
    } catch (err) {
      return `THREW ${err && err.name}: ${err && err.message}`;
    }
  };

  for (const { name, make, options } of values) {
    if (filter && !name.includes(filter)) continue;
    for (const colors of [false, true]) {
      const opts = { ...options, ...(colors ? { colors: true } : {}) };
      const hasOpts = options !== undefined || colors;
      // Both values come from the same call site so that their stacks match.
      const [expected, actual] = [util, mine].map((impl) => {
        const value = run(make);
        if (typeof options === 'boolean') {
          // Legacy signature: inspect(value, showHidden, depth, colors).
          return run(() => impl.inspect(value, options, 3, colors));
        }
        return run(() => (hasOpts ? impl.inspect(value, opts) : impl.inspect(value)));
      });
      compare(`inspect ${name}${colors ? ' (colors)' : ''}`, expected, actual);
    }
  }
  for (const args of formats) {
    const label = `format ${run(() => util.inspect(args, { breakLength: Infinity })).slice(0, 60)}`;
    if (filter && !label.includes(filter)) continue;
    compare(label, run(() => util.format(...args)), run(() => mine.format(...args)));
    compare(`${label} (colors)`, run(() => util.formatWithOptions({ colors: true }, ...args)),
      run(() => mine.formatWithOptions({ colors: true }, ...args)));
    compare(`${label} (depth 0)`, run(() => util.formatWithOptions({ depth: 0 }, ...args)),
      run(() => mine.formatWithOptions({ depth: 0 }, ...args)));
  }
  console.log(`${total - failed}/${total} comparisons match (${values.length} values, ${formats.length} format calls)`);
  process.exit(failed === 0 ? 0 : 1);
}

async function addModuleNamespaces(add) {
  const ns = await import('data:text/javascript,export const x = 1; export let y = [1,2]; export default function f() {}');
  add('module namespace', () => ns);
  add('module namespace nested', () => ({ mod: ns }));
  const empty = await import('data:text/javascript,');
  add('module namespace empty', () => empty);
}
