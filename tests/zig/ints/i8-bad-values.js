/*---
description: bad values for i8 - each is a TypeError/RangeError naming args[N], i8 and the value; never a crash
flags: [module]
---*/
import { echoI8, secondI8 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [128, -129, 128n, -129n, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI8, [v], 0, 'i8', TypeError);
  expectArgError(secondI8, [true, v], 1, 'i8', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI8, [v], 0, 'i8');
  expectArgError(secondI8, [true, v], 1, 'i8');
}
// still usable afterwards
assert.sameValue(secondI8(true, 127), 127);
