/*---
description: bad array arguments - TypeError/RangeError naming args[N] and the array type, element errors name the element type and value
flags: [module]
---*/
import { second4, sum4, Holder } from './arrays.zig';
import { expectArgError, thrown, checkConversionError } from '../helpers_FIXTURE.js';

for (const v of [[1, 2, 3], [1, 2, 3, 4, 5], [], 1, 'abcd', null, undefined, {}, true, new Float32Array(3), new ArrayBuffer(8)]) {
  expectArgError(second4, [0, v], 1, '[4]f32');
}
const e = thrown(() => second4(0, [1, 2, 'x', 4]), 'element "x"');
checkConversionError(e, 'element x', 'args[1]', 'f32', 'x');
const e2 = thrown(() => sum4([1, 2, 3, {}]), 'element {}');
checkConversionError(e2, 'element {}', 'args[0]', 'f32', {});
const h = new Holder({});
assert.throws(TypeError, () => { h.vals = [1, 2]; }, 'wrong length into a field');
assert.throws(TypeError, () => { h.vals[0] = 2 ** 40; }, 'out of range into an element');
assert.sameValue(h.vals[0], 7);
