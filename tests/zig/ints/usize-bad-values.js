/*---
description: bad values for usize - each is a TypeError/RangeError naming args[N], usize and the value; never a crash
flags: [module]
---*/
import { echoUsize, secondUsize } from './ints.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

// out of range (TypeError in Debug, SPEC A2), fractions, NaN and infinities
const outOfRange = [18446744073709551616n, -1n, 2 ** 64, -(2 ** 60), -1, 1.5, -0.25, NaN, Infinity, -Infinity];
for (const v of outOfRange) {
  expectArgError(echoUsize, [v], 0, 'usize', TypeError);
  expectArgError(secondUsize, [true, v], 1, 'usize', TypeError);
}
// wrong types
const wrongType = ['12', '', true, null, undefined, {}, [1], Symbol('s'), () => 1, new Uint8Array(1)];
for (const v of wrongType) {
  expectArgError(echoUsize, [v], 0, 'usize');
  expectArgError(secondUsize, [true, v], 1, 'usize');
}
// still usable afterwards
assert.sameValue(secondUsize(true, 18446744073709551615n), 18446744073709551615n);
