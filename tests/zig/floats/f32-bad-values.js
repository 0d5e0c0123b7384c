/*---
description: bad values for f32: each is a TypeError/RangeError naming args[N], f32 and the value; never a crash
flags: [module]
---*/

import { echoF32, secondF32 } from './floats.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

const bad = ['1.5', '', 'abc', true, false, null, undefined, {}, [1.5], Symbol('f'), () => 1.5, new Float64Array(1), new Date(0)];
for (const v of bad) {
  expectArgError(echoF32, [v], 0, 'f32');
  expectArgError(secondF32, [1, v], 1, 'f32');
}
expectArgError(secondF32, [1.5, 1], 0, 'i32', TypeError);
assert.sameValue(secondF32(1, 2), 2, 'still usable');
