/*---
description: direct calls - functions whose signature a direct entry cannot take (a pointer inside a struct, a struct or error-union result, a slice, 9 parameters), Debug modules and libraries that print keep the invoker, with the same results before and after optimisation
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 240
---*/
import * as m from './direct.zig?optimize=ReleaseFast';
import * as debug from './direct.zig';
import { show, Point as PrintPoint } from './print.zig?optimize=ReleaseFast';
import { hotter, cold, isOptimised, outcome, classicCalls } from './sites_FIXTURE.js';

const p = new m.Point({ x: 1.5, y: 2.5 });
const dp = new debug.Point({ x: 1.5, y: 2.5 });
const cases = [
  [m.nameLength, [[new m.Named({ name: 'four', n: 3 })], [{ name: 'ab', n: 1 }]]],
  [m.moved, [[p, 1]]],
  [m.checked, [[p], [new m.Point({ x: 2, y: 0 })]]],
  [m.withSlice, [[p, new Float64Array([1, 2])]]],
  [m.nine, [[p, 1, 2, 3, 4, 5, 6, 7, 8]]],
  [debug.sumPoint, [[dp]]],
  [debug.scale, [[new debug.Point({ x: 1, y: 2 }), 2]]],
  [debug.numbers, [[dp, 1, 2, 3, 4, 5, 6, 7.5]]],
];
for (const [f, calls] of cases) {
  const start = classicCalls(m);
  const c = cold(f);
  const expected = calls.map((args) => outcome(() => c(...args)));
  const h = hotter(f, calls);
  for (let i = 0; i < 20; i++) {
    calls.forEach((args, k) => assert.sameValue(outcome(() => h(...args)), expected[k], `${f.name}(${k})`));
  }
  assert.sameValue(classicCalls(m), start, `${f.name}: no direct function`);
  assert(isOptimised(h), `${f.name}: still optimised`);
}
const negative = new m.Point({ x: -1, y: 0 });
assert.sameValue(outcome(() => cold(m.checked)(negative)), 'ZigError: Negative');
assert.sameValue(outcome(() => hotter(m.checked, [[p]])(negative)), 'ZigError: Negative');

// a library that may print: its output reaches the current console.log
const log = console.log;
let lines = 0, last = '';
const start = classicCalls(m);
console.log = (s) => { lines++; last = s; };
try {
  const pp = new PrintPoint({ x: 1.5, y: 2.5 });
  const h = hotter(show, [[pp]]);
  for (let i = 0; i < 1000; i++) h(pp);
} finally {
  console.log = log;
}
assert.sameValue(lines, 100 + 2 + 4 + 1000); // hotter's calls, then ours
assert.sameValue(last, 'x=1.5 y=2.5');
assert.sameValue(classicCalls(m), start, 'show: no direct function');
