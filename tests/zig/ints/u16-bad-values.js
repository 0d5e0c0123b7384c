/*---
description: bad values for u16 - each is a TypeError/RangeError naming args[N], u16 and the value; never a crash
flags: [module]
---*/
import { echoU16, secondU16 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [65536, -1, 65536n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU16, [v], 0, 'u16', TypeError);
  expectArgError(secondU16, [true, v], 1, 'u16', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU16, [v], 0, 'u16');
  expectArgError(secondU16, [true, v], 1, 'u16');
}
// still usable afterwards
assert.sameValue(secondU16(true, 65535), 65535);
