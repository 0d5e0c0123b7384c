/*---
description: '[4]f32 as argument (from array, typed array, iterable, data object) and return value (a data object in JS memory)'
flags: [module]
includes: [compareArray.js]
---*/
import { Vec4, sum4, second4, make4, double4 } from './arrays.zig';

assert.sameValue(sum4([1, 2, 3, 4]), 10);
assert.sameValue(sum4(new Float32Array([1, 1, 1, 1])), 4);
assert.sameValue(sum4(new Set([1, 2, 4, 8])), 15, 'any iterable of exactly 4');
assert.sameValue(second4(0, [0, 9, 0, 0]), 9);
const v = make4();
assert(v instanceof Vec4, 'returned [4]f32 is a Vec4 (the class for [4]f32)');
assert.sameValue(v.length, 4);
assert.sameValue(v[0], 1.5);
assert.sameValue(v[3], 4.5);
assert.compareArray(v.valueOf(), [1.5, 2.5, 3.5, 4.5]);
assert.compareArray([...v], [1.5, 2.5, 3.5, 4.5], 'iterable');
assert.sameValue(sum4(v), 12);
double4(v);
assert.compareArray(v.valueOf(), [3, 5, 7, 9], 'pointer argument: Zig changed it in place');
const plain = [1, 1, 1, 1];
double4(plain);
assert.compareArray(plain, [1, 1, 1, 1], 'a plain array given to *[4]f32 is a temporary');
v[0] = 0;
assert.sameValue(sum4(v), 21);
assert.sameValue(v.get(1), 5);
v.set(1, 6);
assert.sameValue(v[1], 6);
