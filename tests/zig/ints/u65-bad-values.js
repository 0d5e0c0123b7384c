/*---
description: bad values for u65 - each is a TypeError/RangeError naming args[N], u65 and the value; never a crash
flags: [module]
---*/
import { echoU65, secondU65 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [36893488147419103232n, -1n, 2 ** 65, -(2 ** 60), -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU65, [v], 0, 'u65', TypeError);
  expectArgError(secondU65, [true, v], 1, 'u65', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU65, [v], 0, 'u65');
  expectArgError(secondU65, [true, v], 1, 'u65');
}
// still usable afterwards
assert.sameValue(secondU65(true, 36893488147419103231n), 36893488147419103231n);
