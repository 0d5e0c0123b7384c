/*---
description: bad slice arguments - TypeError naming args[N] and the slice type; typed arrays of another size that cannot be split into elements; element errors name the element type and value
flags: [module]
---*/
import { secondLen, sumI32, scale } from './slices.zig';
import { expectArgError, thrown, checkConversionError } from '../helpers_FIXTURE.js';

for (const v of [1, 1.5, true, null, undefined, {}, Symbol('s'), () => 'x']) {
  expectArgError(secondLen, [1, v], 1, '[]const u8');
}
for (const v of [1, 'abc', null, undefined, true, {}]) {
  expectArgError(scale, [v, 1], 0, '[]f64');
}
expectArgError(scale, [new ArrayBuffer(7), 1], 0, '[]f64');
const e = thrown(() => sumI32([1, 'two', 3]), 'sumI32([1, "two", 3])');
checkConversionError(e, 'element', 'args[0]', 'i32', 'two');
const e2 = thrown(() => sumI32([1, 2 ** 32]), 'sumI32([1, 2**32])');
checkConversionError(e2, 'element', 'args[0]', 'i32', 2 ** 32, TypeError);
