/*---
description: bad values for i48 - each is a TypeError/RangeError naming args[N], i48 and the value; never a crash
flags: [module]
---*/
import { echoI48, secondI48 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [140737488355328n, -140737488355329n, 2 ** 47, -(2 ** 47) * 2, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI48, [v], 0, 'i48', TypeError);
  expectArgError(secondI48, [true, v], 1, 'i48', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI48, [v], 0, 'i48');
  expectArgError(secondI48, [true, v], 1, 'i48');
}
// still usable afterwards
assert.sameValue(secondI48(true, 140737488355327n), 140737488355327n);
