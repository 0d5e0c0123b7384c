/*---
description: zig fast slices - empty typed arrays (new, subarrays at the end of a buffer, zero-length buffers) are empty slices in optimised calls
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { sumF64, sumI64, len, fill, axpy, negate, emptyAddress } from './slices.zig?optimize=ReleaseFast';
import { hot, cold, isOptimised } from './sites_FIXTURE.js';

const hs = hot(sumF64, [[new Float64Array(20)]]);
const hl = hot(len, [[new Float64Array(20)]]);
const hf = hot(fill, [[new Float64Array(20), 1]]);
const ha = hot(axpy, [[1, new Float64Array(20), new Float64Array(20)]]);
const hn = hot(negate, [[new Int32Array(20)]]);
const he = hot(emptyAddress, [[new Float64Array(20)]]);
const buffer = new ArrayBuffer(64);
const whole = new Float64Array(buffer).fill(1);
const empties = () => [
  new Float64Array(0), new Float64Array([]), whole.subarray(8), whole.subarray(3, 3),
  new Float64Array(buffer, 64), new Float64Array(buffer, 8, 0), new Float64Array(new ArrayBuffer(0)),
];
for (const e of empties()) {
  const what = `an empty Float64Array at ${e.byteOffset} of ${e.buffer.byteLength}`;
  assert.sameValue(hs(e), 0, what);
  assert.sameValue(hl(e), 0, what);
  assert.sameValue(hf(e, 5), undefined, what);
  assert.sameValue(ha(2, e, whole), 0, what);
  assert.sameValue(ha(2, whole, e), 0, what);
  assert.sameValue(he(e), cold(emptyAddress)(e), what);
  assert.sameValue(he(e) % 8, 0, `${what}: an aligned address`);
}
assert.sameValue(whole.join(), '1,1,1,1,1,1,1,1', 'nothing written');
hn(new Int32Array(0));
assert.sameValue(hot(sumI64, [[new BigInt64Array(20)]])(new BigInt64Array(0)), 0);
for (const h of [hs, hl, hf, ha, hn, he]) assert(isOptimised(h), `${h.name}: still optimised`);
