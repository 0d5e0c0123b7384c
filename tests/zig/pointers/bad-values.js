/*---
description: bad pointer arguments - TypeError naming args[N] and the pointer/target type; a const object is refused by a non-const pointer; null refused by a non-optional pointer
flags: [module]
---*/
import { secondInc, movePoint, constPtr } from './pointers.zig';
import { expectArgError, thrown } from '../helpers_FIXTURE.js';

for (const v of ['x', 1.5, 2 ** 31, null, undefined, {}, true, Symbol('p')]) {
  expectArgError(secondInc, [1, v], 1, 'i32');
}
for (const v of [1, 'x', null, undefined, { x: 1 }, { x: 1, y: 2, z: 3 }]) {
  expectArgError(movePoint, [v, 1], 0, 'Point');
}
const e = thrown(() => secondInc(1, constPtr()), 'a *const i32 for *i32');
assert(e instanceof TypeError, 'const to non-const is refused: ' + e);
assert(e.message.includes('args[1]'), e.message);
