/*---
description: zig fast slices - a typed array whose data is not aligned for its elements (over Zig memory at an odd address) makes the fast entry fall back; Zig gets an aligned copy, as in unoptimised calls
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { sumF64, sumI32, fill, aligned, oddBytes } from './slices.zig?optimize=ReleaseFast';
import { hot, cold, isOptimised } from './sites_FIXTURE.js';

// Zig memory starting at an odd address: typed arrays over it at offset 0
const odd = oddBytes();
const dv = odd.dataView;
assert.sameValue(dv.byteOffset, 0);
const f64 = new Float64Array(dv.buffer, 0, 4);
f64.set([1, 2, 3, 4.5]);
const i32 = new Int32Array(dv.buffer, 4, 3);

const hs = hot(sumF64, [[new Float64Array(20)]]);
const hi = hot(sumI32, [[new Int32Array(20)]]);
const hf = hot(fill, [[new Float64Array(20), 1]]);
const hal = hot(aligned, [[new Float64Array(20)]]);
assert.sameValue(hs(f64), 10.5);
assert.sameValue(hs(f64.subarray(2)), 7.5);
assert.sameValue(hal(f64), true, 'Zig gets aligned memory');
assert.sameValue(hi(i32), cold(sumI32)(i32));
// a mutable misaligned slice: copied in and out, so the change shows
hf(f64.subarray(1, 3), 8);
assert.sameValue(f64.join(), '1,8,8,4.5');
assert.sameValue(cold(sumF64)(f64), 21.5);
for (const h of [hs, hi, hf, hal]) assert(isOptimised(h), `${h.name}: still optimised`);
