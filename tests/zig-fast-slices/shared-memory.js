/*---
description: zig fast slices - optimised calls share a typed array's memory with a mutable slice (Zig's writes are visible, subarrays only change their own elements), as unoptimised calls do
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { fill, negate, bump, halve, axpy, many } from './slices.zig?optimize=ReleaseFast';
import { hot, isOptimised } from './sites_FIXTURE.js';

const hf = hot(fill, [[new Float64Array(20), 1]]);
const a = new Float64Array(8);
hf(a, 2.5);
assert.sameValue(a.join(), '2.5,2.5,2.5,2.5,2.5,2.5,2.5,2.5');
// a subarray: only its elements
const b = new Float64Array(6);
hf(b.subarray(2, 4), 7);
assert.sameValue(b.join(), '0,0,7,7,0,0');
hf(new Float64Array(b.buffer, 40, 1), -1);
assert.sameValue(b.join(), '0,0,7,7,0,-1');
// the same memory seen through another view
const bytes = new Uint8Array(b.buffer);
hf(b, 0);
assert.sameValue(bytes.every((x) => x === 0), true);

const hn = hot(negate, [[new Int32Array(20)]]);
const i32 = new Int32Array([1, -2, 3, -2147483648]);
hn(i32);
assert.sameValue(i32.join(), '-1,2,-3,-2147483648');
hn(i32.subarray(1, 2));
assert.sameValue(i32.join(), '-1,-2,-3,-2147483648');

const hb = hot(bump, [[new BigUint64Array(20)]]);
const u64 = new BigUint64Array([0n, 2n ** 64n - 1n, 41n]);
hb(u64);
assert.sameValue(u64.join(), '1,0,42');

const hh = hot(halve, [[new Float32Array(20)]]);
const f32 = new Float32Array([1, 3, -5]);
hh(f32.subarray(1));
assert.sameValue(f32.join(), '1,1.5,-2.5');

// two views of one buffer: the same memory, read and written in place
const ha = hot(axpy, [[2, new Float64Array(20), new Float64Array(20)]]);
const m = new Float64Array([1, 2, 3, 4, 5]);
assert.sameValue(ha(10, m.subarray(0, 2), m.subarray(3)), 2);
assert.sameValue(m.join(), '1,2,3,14,25');
assert.sameValue(ha(1, m, m), 5, 'a and b alias');
assert.sameValue(m.join(), '2,4,6,28,50');

// a mutable slice among eight parameters
const args = (g) => [new Float64Array([1]), 0, new Float32Array(0), 0, new BigInt64Array(0), 0, g, true];
const hm = hot(many, [args(new BigUint64Array(20))]);
const g = new BigUint64Array([5n, 6n]);
assert.sameValue(hm(...args(g)), 12);
assert.sameValue(g.join(), '7,7');

for (const h of [hf, hn, hb, hh, ha, hm]) assert(isOptimised(h), `${h.name}: still optimised`);
