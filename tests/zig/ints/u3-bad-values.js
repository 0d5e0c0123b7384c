/*---
description: bad values for u3 - each is a TypeError/RangeError naming args[N], u3 and the value; never a crash
flags: [module]
---*/
import { echoU3, secondU3 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [8, -1, 8n, -1n, -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU3, [v], 0, 'u3', TypeError);
  expectArgError(secondU3, [true, v], 1, 'u3', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU3, [v], 0, 'u3');
  expectArgError(secondU3, [true, v], 1, 'u3');
}
// still usable afterwards
assert.sameValue(secondU3(true, 7), 7);
