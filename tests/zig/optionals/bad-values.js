/*---
description: bad optional arguments - TypeError naming args[N] and the payload type and value
flags: [module]
---*/
import { secondOr, pointOr } from './optionals.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

for (const v of [256, -1, 1.5, 'x', true, {}, Symbol('o')]) {
  expectArgError(secondOr, [0, v], 1, 'u8');
}
for (const v of [1, 'x', { x: 1 }]) {
  expectArgError(pointOr, [v], 0, 'Point');
}
