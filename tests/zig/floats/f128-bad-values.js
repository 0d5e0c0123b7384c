/*---
description: bad values for f128: each is a TypeError/RangeError naming args[N], f128 and the value; never a crash
flags: [module]
---*/

import { echoF128, secondF128 } from './floats.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

const bad = ['1.5', '', 'abc', true, false, null, undefined, {}, [1.5], Symbol('f'), () => 1.5, new Float64Array(1), new Date(0)];
for (const v of bad) {
  expectArgError(echoF128, [v], 0, 'f128');
  expectArgError(secondF128, [1, v], 1, 'f128');
}
expectArgError(secondF128, [1.5, 1], 0, 'i32', TypeError);
assert.sameValue(secondF128(1, 2), 2, 'still usable');
