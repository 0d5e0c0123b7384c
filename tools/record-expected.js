#!/usr/bin/env node
// Records Node's standard output as a test's `expected_stdout` (docs/testing.md).
//
//   node tools/record-expected.js FILE...
//
// A test flagged `module` runs as an ES module (a temporary .mjs copy next to
// it, so relative imports resolve); others run as CommonJS scripts, which is
// how zigar-run's runner runs them. Tests that include harness files get a
// minimal stand-in for them (only console output is recorded). Node's own
// exit status must match the test's expected_exit (default 0).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const harnessStub = `
globalThis.Test262Error = class Test262Error extends Error {};
globalThis.assert = Object.assign((c, m) => { if (!c) throw new Test262Error(m); }, {
  sameValue(a, b, m) { if (!Object.is(a, b)) throw new Test262Error(m || a + ' !== ' + b); },
  notSameValue(a, b, m) { if (Object.is(a, b)) throw new Test262Error(m); },
  throws(C, f, m) { try { f(); } catch (e) { if (e.constructor !== C) throw new Test262Error(m); return; } throw new Test262Error(m); },
  compareArray(a, b, m) { if (a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]))) throw new Test262Error(m); },
});
globalThis.compareArray = (a, b) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
`;

function frontMatter(text) {
  const m = /\/\*---\n([\s\S]*?)\n---\*\//.exec(text);
  if (!m) throw new Error('no front matter');
  return m;
}

function literalBlock(key, value) {
  const chomp = value.endsWith('\n') ? '|' : '|-';
  const body = value.endsWith('\n') ? value.slice(0, -1) : value;
  return `${key}: ${chomp}\n` + body.split('\n').map((l) => (l === '' ? '' : '  ' + l)).join('\n');
}

function removeKey(yaml, key) {
  const lines = yaml.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith(key + ':')) {
      i++;
      while (i < lines.length && (lines[i].startsWith(' ') || lines[i] === '')) i++;
      i--;
      continue;
    }
    out.push(lines[i]);
  }
  return out.join('\n');
}

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const fm = frontMatter(text);
  const isModule = /^flags:.*\bmodule\b/m.test(fm[1]);
  const expectedExit = Number((/^expected_exit:\s*(\d+)/m.exec(fm[1]) || [0, 0])[1]);
  const tmp = path.join(path.dirname(file), `.record-${path.basename(file, path.extname(file))}${isModule ? '.mjs' : '.cjs'}`);
  fs.writeFileSync(tmp, harnessStub.replace(/\n/g, ' ') + text);
  const r = spawnSync(process.execPath, [tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  fs.unlinkSync(tmp);
  if (r.status !== expectedExit) {
    console.error(`${file}: node exited ${r.status}, expected ${expectedExit}\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  let yaml = removeKey(fm[1], 'expected_stdout');
  if (r.stdout !== '') yaml += '\n' + literalBlock('expected_stdout', r.stdout);
  fs.writeFileSync(file, text.slice(0, fm.index) + `/*---\n${yaml}\n---*/` + text.slice(fm.index + fm[0].length));
  console.log(`recorded ${file} (${r.stdout.split('\n').length - 1} lines)`);
}
