/*---
description: bad values for u1 - each is a TypeError/RangeError naming args[N], u1 and the value; never a crash
flags: [module]
---*/
import { echoU1, secondU1 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [2, -1, 2n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU1, [v], 0, 'u1', TypeError);
  expectArgError(secondU1, [true, v], 1, 'u1', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU1, [v], 0, 'u1');
  expectArgError(secondU1, [true, v], 1, 'u1');
}
// still usable afterwards
assert.sameValue(secondU1(true, 1), 1);
