/*---
description: bad values for u8 - each is a TypeError/RangeError naming args[N], u8 and the value; never a crash
flags: [module]
---*/
import { echoU8, secondU8 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [256, -1, 256n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU8, [v], 0, 'u8', TypeError);
  expectArgError(secondU8, [true, v], 1, 'u8', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU8, [v], 0, 'u8');
  expectArgError(secondU8, [true, v], 1, 'u8');
}
// still usable afterwards
assert.sameValue(secondU8(true, 255), 255);
