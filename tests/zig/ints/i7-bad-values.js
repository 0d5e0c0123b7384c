/*---
description: bad values for i7 - each is a TypeError/RangeError naming args[N], i7 and the value; never a crash
flags: [module]
---*/
import { echoI7, secondI7 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [64, -65, 64n, -65n, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI7, [v], 0, 'i7', TypeError);
  expectArgError(secondI7, [true, v], 1, 'i7', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI7, [v], 0, 'i7');
  expectArgError(secondI7, [true, v], 1, 'i7');
}
// still usable afterwards
assert.sameValue(secondI7(true, 63), 63);
