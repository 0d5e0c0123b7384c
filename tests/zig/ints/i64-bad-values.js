/*---
description: bad values for i64 - each is a TypeError/RangeError naming args[N], i64 and the value; never a crash
flags: [module]
---*/
import { echoI64, secondI64 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [9223372036854775808n, -9223372036854775809n, 2 ** 63, -(2 ** 63) * 2, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI64, [v], 0, 'i64', TypeError);
  expectArgError(secondI64, [true, v], 1, 'i64', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI64, [v], 0, 'i64');
  expectArgError(secondI64, [true, v], 1, 'i64');
}
// still usable afterwards
assert.sameValue(secondI64(true, 9223372036854775807n), 9223372036854775807n);
