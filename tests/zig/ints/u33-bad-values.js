/*---
description: bad values for u33 - each is a TypeError/RangeError naming args[N], u33 and the value; never a crash
flags: [module]
---*/
import { echoU33, secondU33 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [8589934592n, -1n, 2 ** 33, -(2 ** 60), -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU33, [v], 0, 'u33', TypeError);
  expectArgError(secondU33, [true, v], 1, 'u33', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU33, [v], 0, 'u33');
  expectArgError(secondU33, [true, v], 1, 'u33');
}
// still usable afterwards
assert.sameValue(secondU33(true, 8589934591n), 8589934591n);
