/*---
description: bad values for isize - each is a TypeError/RangeError naming args[N], isize and the value; never a crash
flags: [module]
---*/
import { echoIsize, secondIsize } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [9223372036854775808n, -9223372036854775809n, 2 ** 63, -(2 ** 63) * 2, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoIsize, [v], 0, 'isize', TypeError);
  expectArgError(secondIsize, [true, v], 1, 'isize', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoIsize, [v], 0, 'isize');
  expectArgError(secondIsize, [true, v], 1, 'isize');
}
// still usable afterwards
assert.sameValue(secondIsize(true, 9223372036854775807n), 9223372036854775807n);
