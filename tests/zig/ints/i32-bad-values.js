/*---
description: bad values for i32 - each is a TypeError/RangeError naming args[N], i32 and the value; never a crash
flags: [module]
---*/
import { echoI32, secondI32 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [2147483648, -2147483649, 2147483648n, -2147483649n, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI32, [v], 0, 'i32', TypeError);
  expectArgError(secondI32, [true, v], 1, 'i32', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI32, [v], 0, 'i32');
  expectArgError(secondI32, [true, v], 1, 'i32');
}
// still usable afterwards
assert.sameValue(secondI32(true, 2147483647), 2147483647);
