/*---
description: direct calls - arguments a direct call does not take (wrong classes, plain objects, proxies, numbers out of range, fractions, bigints, booleans for numbers and numbers for bools, wrong counts) go to the general path, with the same values and errors before and after optimisation
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 240
---*/
import * as m from './direct.zig?optimize=ReleaseFast';
import { Point as PrintPoint } from './print.zig?optimize=ReleaseFast';
import { hotter, cold, isOptimised, outcome, classicCalls } from './sites_FIXTURE.js';

const { Point, Other, Mixed } = m;
const p = new Point({ x: 1.5, y: 2.5 });
const mixed = new Mixed({ a: 1, b: 2, c: 3, d: true, e: 4, f: 5, g: [6, 7, 8], h: 'green' });
const good = {
  sumPoint: [p],
  mixed: [mixed],
  numbers: [p, 1, 2, 3, 4, 5, 6, 7.5],
  flagged: [p, true, 2],
  asCInt: [p, 3],
  scale: [new Point({ x: 1, y: 1 }), 1],
  norm1: [p],
  dist2: [p, p],
};
const bad = {
  sumPoint: [
    [5], [null], [undefined], ['x'], [{ x: 1 }], [{ x: 1, y: 2 }], [new Other({ x: 1, y: 2 })],
    [new PrintPoint({ x: 3, y: 4 })], [Point], [[1, 2]], [new Proxy(p, {})], [Object.create(p)], [],
    [p, p], [mixed],
  ],
  mixed: [[p], [{ a: 1 }], [{ a: 1, b: 2, c: 3, d: true, e: 4, f: 5, g: [6, 7, 8], h: 'green' }]],
  numbers: [
    [p, 128, 2, 3, 4, 5, 6, 7], [p, -129, 2, 3, 4, 5, 6, 7], [p, 1, 256, 3, 4, 5, 6, 7], [p, 1, -1, 3, 4, 5, 6, 7],
    [p, 1, 2, 32768, 4, 5, 6, 7], [p, 1, 2, 3, 65536, 5, 6, 7], [p, 1, 2, 3, 4, 2 ** 31, 6, 7],
    [p, 1, 2, 3, 4, 5, -1, 7], [p, 1, 2, 3, 4, 5, 2 ** 32, 7], [p, 2.5, 2, 3, 4, 5, 6, 7],
    [p, 1, 2, 3, 4, -5.5, 6, 7], [p, NaN, 2, 3, 4, 5, 6, 7], [p, 1, 2, 3, 4, Infinity, 6, 7],
    [p, 1n, 2, 3, 4, 5, 6, 7], [p, 1, 2, 3, 4, 5, 2n ** 40n, 7], [p, true, 2, 3, 4, 5, 6, 7],
    [p, '1', 2, 3, 4, 5, 6, 7], [p, 1, 2, 3, 4, 5, 6, '7'], [p, 1, 2, 3, 4, 5, 6, 7n], [p, 1, 2, 3, 4, 5, 6, null],
    [p, { valueOf() { return 1; } }, 2, 3, 4, 5, 6, 7], [p, 1, 2, 3, 4, 5, 6, undefined],
    [{ x: 1, y: 2 }, 1, 2, 3, 4, 5, 6, 7], [p, 1, 2, 3, 4, 5, 6],
  ],
  flagged: [[p, 1, 2], [p, 0, 2], [p, 'yes', 2], [p, undefined, 2], [p, null, 2], [p, true, '2'], [p, true, 2n]],
  asCInt: [[p, 2 ** 31], [p, 1.5], [p, 'x']],
  scale: [[m.origin, 2], [p, 'x'], [{ x: 1, y: 1 }, 2], [new Other({ x: 1, y: 1 }), 2], [7, 2]],
  norm1: [[m.origin], [{ x: -1, y: 1 }], [new Other({ x: 1, y: 1 })], [null]],
  dist2: [[p, null], [null, p], [p, { x: 0, y: 0 }]],
};

for (const [name, calls] of Object.entries(bad)) {
  const f = m[name];
  // the reference: unoptimised calls, before anything optimises f's entry
  const c = cold(f);
  const expected = calls.map((args) => outcome(() => c(...args)));
  const h = hotter(f, [good[name]]);
  calls.forEach((args, k) => {
    for (let i = 0; i < 3; i++) {
      assert.sameValue(outcome(() => h(...args)), expected[k], `${name}(${args.map(String)}) #${i}`);
    }
  });
  // and the good arguments still take the direct entry
  const again = hotter(f, [good[name]]);
  const start = classicCalls(m);
  for (let i = 0; i < 10; i++) again(...good[name]);
  assert.sameValue(classicCalls(m) - start, 0, `${name}: direct again`);
  assert(isOptimised(again), `${name}: optimised`);
}

// messages are the general path's
assert.sameValue(outcome(() => m.sumPoint(5)).split(':')[0], 'TypeError');
assert(/^TypeError: args\[0\]: /.test(outcome(() => m.sumPoint(null))), outcome(() => m.sumPoint(null)));
assert.sameValue(outcome(() => m.sumPoint()), 'TypeError: Expecting 1 argument, received 0');
assert(/^TypeError: args\[7\]: /.test(outcome(() => m.numbers(p, 1, 2, 3, 4, 5, 6, '7'))));
