/*---
description: new [N]T(iterable) needs exactly N elements; casting shares memory; typedArray aliases the bytes; writes past the end are a RangeError
flags: [module]
includes: [compareArray.js]
---*/
import { Vec4, Bytes, Big, __zigar } from './arrays.zig';

assert.sameValue(Vec4.name, '[4]f32');
assert.sameValue(Bytes.name, '[5]u8');
assert.sameValue(__zigar.sizeOf(Vec4), 16);
assert.sameValue(__zigar.typeOf(Vec4), 'array');
const v = new Vec4([1, 2, 3, 4]);
assert.compareArray(v.valueOf(), [1, 2, 3, 4]);
let e;
try { new Vec4([1, 2, 3]); } catch (err) { e = err; }
assert(e instanceof TypeError, '3 elements for [4]f32');
assert.sameValue(e.message, '[4]f32 has 4 elements, received 3');
assert.throws(TypeError, () => new Vec4([1, 2, 3, 4, 5]), '5 elements');
assert.throws(TypeError, () => new Vec4(), 'no initializer');
const ta = v.typedArray;
assert(ta instanceof Float32Array, 'typedArray of [4]f32 is a Float32Array');
ta[2] = 30;
assert.sameValue(v[2], 30, 'typedArray aliases');
const f32 = new Float32Array([5, 6, 7, 8]);
const c = Vec4(f32);
assert.sameValue(c[0], 5);
c[1] = 60;
assert.sameValue(f32[1], 60, 'a cast shares memory');
assert.sameValue(Vec4(f32), c, 'casting twice gives the same object');
assert.throws(TypeError, () => Vec4(new Float32Array(3)), 'size mismatch');
assert.throws(RangeError, () => v.set(4, 1), 'set past the end');
assert.sameValue(v[4], undefined, 'read past the end');
const b = new Bytes('hello');
assert.sameValue(b.string, 'hello');
assert(b.clampedArray instanceof Uint8ClampedArray);
b.string = 'HELLO';
assert.compareArray(b.typedArray, [72, 69, 76, 76, 79]);
const g = new Big([1n, 2, 3n]);
assert.sameValue(g[1], 2n);
assert(g.typedArray instanceof BigUint64Array);
