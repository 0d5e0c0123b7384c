/*---
description: ReleaseFast - out-of-range struct field values wrap instead of throwing; structs otherwise behave as in Debug
flags: [module]
timeout: 90
---*/
import { Point, secondPoint, makePoint, WithDefaults } from './structs.zig?optimize=ReleaseFast';

assert.sameValue(secondPoint(1, { x: 2 ** 32 + 5, y: 0 }), 5, 'wraps modulo 2^32');
const p = new Point({ x: 1, y: 2 });
p.x = 2 ** 31;
assert.sameValue(p.x, -(2 ** 31));
assert.sameValue(makePoint(3, 4).y, 4);
assert.sameValue(new WithDefaults({ required: 300 }).required, 44);
assert.throws(TypeError, () => new Point({ x: 'a', y: 1 }), 'wrong types still throw');
assert.throws(TypeError, () => new Point({ x: NaN, y: 1 }), 'NaN is refused in every mode');
