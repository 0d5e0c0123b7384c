/*---
description: bad values for u64 - each is a TypeError/RangeError naming args[N], u64 and the value; never a crash
flags: [module]
---*/
import { echoU64, secondU64 } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [18446744073709551616n, -1n, 2 ** 64, -(2 ** 60), -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoU64, [v], 0, 'u64', TypeError);
  expectArgError(secondU64, [true, v], 1, 'u64', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoU64, [v], 0, 'u64');
  expectArgError(secondU64, [true, v], 1, 'u64');
}
// still usable afterwards
assert.sameValue(secondU64(true, 18446744073709551615n), 18446744073709551615n);
