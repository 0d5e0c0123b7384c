/*---
description: bad values for u24 - each is a TypeError/RangeError naming args[N], u24 and the value; never a crash
flags: [module]
---*/
import { echoU24, secondU24 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [16777216, -1, 16777216n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU24, [v], 0, 'u24', TypeError);
  expectArgError(secondU24, [true, v], 1, 'u24', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU24, [v], 0, 'u24');
  expectArgError(secondU24, [true, v], 1, 'u24');
}
// still usable afterwards
assert.sameValue(secondU24(true, 16777215), 16777215);
