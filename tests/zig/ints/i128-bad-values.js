/*---
description: bad values for i128 - each is a TypeError/RangeError naming args[N], i128 and the value; never a crash
flags: [module]
---*/
import { echoI128, secondI128 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [170141183460469231731687303715884105728n, -170141183460469231731687303715884105729n, 2 ** 127, -(2 ** 127) * 2, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI128, [v], 0, 'i128', TypeError);
  expectArgError(secondI128, [true, v], 1, 'i128', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI128, [v], 0, 'i128');
  expectArgError(secondI128, [true, v], 1, 'i128');
}
// still usable afterwards
assert.sameValue(secondI128(true, 170141183460469231731687303715884105727n), 170141183460469231731687303715884105727n);
