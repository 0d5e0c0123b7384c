/*---
description: a slice parameter shares the memory of a typed array / ArrayBuffer of its element type, and converts other iterables into a temporary
flags: [module]
includes: [compareArray.js]
---*/
import { scale, upper, sumI32, F64s } from './slices.zig';

const f = new Float64Array([1, 2, 3]);
scale(f, 2);
assert.compareArray(f, [2, 4, 6], 'Zig wrote into the Float64Array');
const ab = new Float64Array([1, 1]).buffer;
scale(ab, 3);
assert.compareArray(new Float64Array(ab), [3, 3], 'an ArrayBuffer is shared');
const plain = [1, 2];
scale(plain, 10);
assert.compareArray(plain, [1, 2], 'a plain array is a temporary');
const bytes = new TextEncoder().encode('abc');
upper(bytes);
assert.sameValue(new TextDecoder().decode(bytes), 'ABC');
assert.sameValue(sumI32([1, 2, 3]), 6n);
assert.sameValue(sumI32(new Int32Array([5, 6])), 11n);
assert.sameValue(sumI32(new Set([1, 1, 2])), 3n, 'any iterable');
const s = new F64s([1, 2, 3]);
assert.sameValue(s.length, 3);
scale(s, 0.5);
assert.compareArray(s.valueOf(), [0.5, 1, 1.5], 'a slice data object is shared');
assert(s.typedArray instanceof Float64Array);
const view = F64s(new Float64Array([9, 8]));
assert.sameValue(view.length, 2);
assert.sameValue(view[1], 8);
