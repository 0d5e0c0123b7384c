/*---
description: bad values for u32 - each is a TypeError/RangeError naming args[N], u32 and the value; never a crash
flags: [module]
---*/
import { echoU32, secondU32 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [4294967296, -1, 4294967296n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU32, [v], 0, 'u32', TypeError);
  expectArgError(secondU32, [true, v], 1, 'u32', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU32, [v], 0, 'u32');
  expectArgError(secondU32, [true, v], 1, 'u32');
}
// still usable afterwards
assert.sameValue(secondU32(true, 4294967295), 4294967295);
