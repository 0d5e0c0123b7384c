/*---
description: bad values for i16 - each is a TypeError/RangeError naming args[N], i16 and the value; never a crash
flags: [module]
---*/
import { echoI16, secondI16 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [32768, -32769, 32768n, -32769n, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoI16, [v], 0, 'i16', TypeError);
  expectArgError(secondI16, [true, v], 1, 'i16', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoI16, [v], 0, 'i16');
  expectArgError(secondI16, [true, v], 1, 'i16');
}
// still usable afterwards
assert.sameValue(secondI16(true, 32767), 32767);
