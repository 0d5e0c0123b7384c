/*---
description: direct calls of methods - the receiver is the first argument of the same direct entry; optimised loops calling a method that reads (*const) and one that writes (*T) their receiver go straight into Zig (the classic callback is not called)
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
// Apart from tests/zig-direct/values.js: there, after many other calls of
// the same entries, V8 sometimes (one full run of the suite in five) left the
// `grow` entry out of the optimised loop, so its calls took the classic
// callback - a matter of V8's history of that function, not of the path.
import * as m from './direct.zig?optimize=ReleaseFast';
import { cold, isOptimised, outcome, classicCalls } from './sites_FIXTURE.js';

const { Point } = m;
const p = new Point({ x: 1.5, y: 2.5 });

// methods (the receiver is the first argument of the same entry)
const r0 = new Point({ x: 1, y: 2 });
assert.sameValue(outcome(() => cold((pt) => pt.sum())(r0)), 'value 3');
function sums(pt, n) {
  let t = 0;
  for (let i = 0; i < n; i++) t += pt.sum();
  return t;
}
function grows(pt, k, n) {
  for (let i = 0; i < n; i++) pt.grow(k);
}
// k is a fraction from the start: had the optimised code seen only small
// integers, the 0.5 below would deoptimise it (and count classic calls).
sums(p, 20000);
grows(new Point({ x: 0, y: 0 }), 0.25, 20000);
// One attempt: both loops optimised, then run while the classic calls are
// counted; an attempt counts only if both loops were still optimised after
// it (V8 may drop optimised code for reasons of its own).
function methodsAttempt(r) {
  for (const f of [sums, grows]) %PrepareFunctionForOptimization(f);
  sums(p, 10);
  grows(new Point({ x: 0, y: 0 }), 0.25, 10);
  for (const f of [sums, grows]) %OptimizeFunctionOnNextCall(f);
  sums(p, 1);
  grows(new Point({ x: 0, y: 0 }), 0.25, 1);
  const before = classicCalls(m);
  const first = sums(r, 1000);
  grows(r, 0.5, 2);
  const second = sums(r, 1);
  const calls = classicCalls(m) - before;
  return { optimised: isOptimised(sums) && isOptimised(grows), calls, first, second, y: r.y };
}
let attempt = methodsAttempt(r0);
for (let tries = 1; tries < 3 && !attempt.optimised; tries++) attempt = methodsAttempt(new Point({ x: 1, y: 2 }));
assert.sameValue(attempt.first, 3000);
assert.sameValue(attempt.second, 5);
assert.sameValue(attempt.y, 3);
assert(attempt.optimised, 'methods: optimised');
assert.sameValue(attempt.calls, 0, `methods: direct (${%GetOptimizationStatus(sums).toString(2)} ${%GetOptimizationStatus(grows).toString(2)})`);
assert.sameValue(outcome(() => Point.prototype.sum.call(5)), outcome(() => cold((v) => Point.prototype.sum.call(v))(5)));
