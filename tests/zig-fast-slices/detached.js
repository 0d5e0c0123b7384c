/*---
description: zig fast slices - detached typed arrays given to optimised calls throw what unoptimised calls throw, also when the array was used on the fast path before
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { sumF64, fill, axpy } from './slices.zig?optimize=ReleaseFast';
import { hot, cold, isOptimised, outcome } from './sites_FIXTURE.js';

const hs = hot(sumF64, [[new Float64Array(20)]]);
const hf = hot(fill, [[new Float64Array(20), 1]]);
const ha = hot(axpy, [[1, new Float64Array(20), new Float64Array(20)]]);

function detached(n) {
  const a = new Float64Array(n).fill(1);
  $262.detachArrayBuffer(a.buffer);
  return a;
}
for (const n of [0, 2, 100]) {
  const expected = outcome(() => cold(sumF64)(detached(n)));
  assert(/^TypeError: args\[0\]: /.test(expected), expected);
  assert.sameValue(outcome(() => hs(detached(n))), expected, `sum of a detached array of ${n}`);
  assert.sameValue(outcome(() => hf(detached(n), 2)), outcome(() => cold(fill)(detached(n), 2)), `fill, ${n}`);
  assert.sameValue(outcome(() => ha(1, new Float64Array(2), detached(n))),
    outcome(() => cold(axpy)(1, new Float64Array(2), detached(n))), `axpy, ${n}`);
}

// used on the fast path, then detached
const a = new Float64Array([1, 2, 3]);
assert.sameValue(hs(a), 6);
hf(a, 4);
const sub = a.subarray(1);
assert.sameValue(hs(sub), 8);
$262.detachArrayBuffer(a.buffer);
assert.sameValue(outcome(() => hs(a)), outcome(() => cold(sumF64)(a)));
assert.sameValue(outcome(() => hs(sub)), outcome(() => cold(sumF64)(sub)));
assert.sameValue(outcome(() => hf(sub, 1)), outcome(() => cold(fill)(sub, 1)));
assert(/^TypeError: args\[0\]: /.test(outcome(() => hs(sub))));

// still fine afterwards
assert.sameValue(hs(new Float64Array([5, 6])), 11);
for (const h of [hs, hf, ha]) assert(isOptimised(h), `${h.name}: still optimised`);
