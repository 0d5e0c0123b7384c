/*---
description: bad values for f16: each is a TypeError/RangeError naming args[N], f16 and the value; never a crash
flags: [module]
---*/

import { echoF16, secondF16 } from './floats.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

const bad = ['1.5', '', 'abc', true, false, null, undefined, {}, [1.5], Symbol('f'), () => 1.5, new Float64Array(1), new Date(0)];
for (const v of bad) {
  expectArgError(echoF16, [v], 0, 'f16');
  expectArgError(secondF16, [1, v], 1, 'f16');
}
expectArgError(secondF16, [1.5, 1], 0, 'i32', TypeError);
assert.sameValue(secondF16(1, 2), 2, 'still usable');
