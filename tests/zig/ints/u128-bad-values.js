/*---
description: bad values for u128 - each is a TypeError/RangeError naming args[N], u128 and the value; never a crash
flags: [module]
---*/
import { echoU128, secondU128 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [340282366920938463463374607431768211456n, -1n, 2 ** 128, -(2 ** 60), -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU128, [v], 0, 'u128', TypeError);
  expectArgError(secondU128, [true, v], 1, 'u128', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU128, [v], 0, 'u128');
  expectArgError(secondU128, [true, v], 1, 'u128');
}
// still usable afterwards
assert.sameValue(secondU128(true, 340282366920938463463374607431768211455n), 340282366920938463463374607431768211455n);
