/*---
description: zig fast slices - optimised calls with typed arrays of each element type (whole arrays and subarrays at offsets) give the same results as unoptimised ones
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { sumF64, sumF32, sumI32, sumU32, sumI64, sumU64, len, many } from './slices.zig?optimize=ReleaseFast';
import { hot, cold, isOptimised } from './sites_FIXTURE.js';

const cases = [
  [sumF64, Float64Array, (i) => i * 0.5 - 3],
  [sumF32, Float32Array, (i) => i * 0.25],
  [sumI32, Int32Array, (i) => (i % 2 ? -i : i) * 1000003],
  [sumU32, Uint32Array, (i) => 4000000000 - i],
  [sumI64, BigInt64Array, (i) => BigInt(i) * -(2n ** 40n)],
  [sumU64, BigUint64Array, (i) => BigInt(i) * 2n ** 41n],
];
for (const [f, TA, value] of cases) {
  const whole = new TA(100).map((_, i) => value(i));
  const h = hot(f, [[new TA(20)], [whole]]);
  const c = cold(f);
  for (const a of [whole, whole.subarray(1), whole.subarray(3, 4), whole.subarray(17, 83),
    new TA(whole.buffer, TA.BYTES_PER_ELEMENT * 5, 7), new TA([value(1), value(2)])]) {
    const expected = c(a);
    assert.sameValue(h(a), expected, `${f.name}(${TA.name} of ${a.length} at ${a.byteOffset})`);
  }
  assert(isOptimised(h), `${f.name}: still optimised`);
}

// exact values
const h = hot(sumF64, [[new Float64Array(4)]]);
assert.sameValue(h(new Float64Array([1, 2, 3.5])), 6.5);
assert.sameValue(h(new Float64Array(1000).fill(0.5)), 500);
const big = new Float64Array(100000).map((_, i) => i);
assert.sameValue(h(big), 4999950000);
assert.sameValue(h(big.subarray(99999)), 99999);
assert.sameValue(hot(sumI32, [[new Int32Array(4)]])(new Int32Array([2147483647, 1])), -2147483648, 'wraps');
assert.sameValue(hot(sumU32, [[new Uint32Array(4)]])(new Uint32Array([4294967295, 2])), 1, 'wraps');
assert.sameValue(hot(sumI64, [[new BigInt64Array(4)]])(new BigInt64Array([-(2n ** 60n), 5n])), -(2 ** 60) + 5);
const hl = hot(len, [[new Float64Array(3)]]);
assert.sameValue(hl(new Float64Array(12345)), 12345, 'the length counts elements');
assert.sameValue(hl(new Float64Array(new ArrayBuffer(800), 16, 50)), 50);

// eight parameters, four slices (ten C arguments, some on the stack)
const args = () => [new Float64Array([1, 2]), -3, new Float32Array([0.5]), 4, new BigInt64Array([10n, 20n]), 0.25,
  new BigUint64Array([100n]), true];
const hm = hot(many, [args()]);
assert.sameValue(hm(...args()), 134.75);
const flipped = args();
flipped[7] = false;
assert.sameValue(hm(...flipped), -134.75);
assert.sameValue(cold(many)(...args()), 134.75);
assert(isOptimised(hm), 'many: still optimised');
