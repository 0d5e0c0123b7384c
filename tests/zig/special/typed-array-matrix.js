/*---
description: typedArray on arrays and slices of every whole-byte int width and f32/f64 is the matching typed array over the same bytes; not for odd widths; string on u8/u16 slices
flags: [module]
includes: [compareArray.js]
---*/
import * as m from './typed.zig';

const table = [
  ['i8', Int8Array, [-1, 2]], ['u8', Uint8Array, [255, 2]], ['i16', Int16Array, [-300, 2]],
  ['u16', Uint16Array, [65535, 2]], ['i32', Int32Array, [-70000, 2]], ['u32', Uint32Array, [4294967295, 2]],
  ['i64', BigInt64Array, [-1n, 2n]], ['u64', BigUint64Array, [2n ** 64n - 1n, 2n]],
  ['f32', Float32Array, [1.5, 2]], ['f64', Float64Array, [0.1, 2]],
];
for (const [t, TA, vals] of table) {
  const A = m[`A_${t}`];
  const a = new A(vals);
  const ta = a.typedArray;
  assert(ta instanceof TA, `[2]${t}.typedArray is a ${TA.name}`);
  assert.compareArray(ta, vals, `[2]${t} values`);
  ta[1] = typeof vals[1] === 'bigint' ? 7n : 7;
  assert.sameValue(a[1], ta[1], `[2]${t} shares bytes`);
  assert.notSameValue(a.typedArray, ta, 'a new view each time');
}
assert.sameValue('typedArray' in new m.A_u3([1, 2]), false, 'no typedArray for u3');
const s = new m.S_i16([1, -2, 3]);
assert(s.typedArray instanceof Int16Array);
assert.compareArray(s.typedArray, [1, -2, 3]);
const c = new m.S_f64([0.5]);
assert(c.typedArray instanceof Float64Array);
const w = new m.S_u16('dé😀');
assert.sameValue(w.length, 4, 'UTF-16 code units');
assert.sameValue(w.string, 'dé😀');
const b = new m.S_u8('dé😀');
assert.sameValue(b.length, 7, 'UTF-8 bytes');
assert.sameValue(b.string, 'dé😀');
b.string = 'abcdefg';
assert.sameValue(b.string, 'abcdefg');
