/*---
description: bad values for f80: each is a TypeError/RangeError naming args[N], f80 and the value; never a crash
flags: [module]
---*/

import { echoF80, secondF80 } from './floats.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

const bad = ['1.5', '', 'abc', true, false, null, undefined, {}, [1.5], Symbol('f'), () => 1.5, new Float64Array(1), new Date(0)];
for (const v of bad) {
  expectArgError(echoF80, [v], 0, 'f80');
  expectArgError(secondF80, [1, v], 1, 'f80');
}
expectArgError(secondF80, [1.5, 1], 0, 'i32', TypeError);
assert.sameValue(secondF80(1, 2), 2, 'still usable');
