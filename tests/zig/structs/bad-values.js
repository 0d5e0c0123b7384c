/*---
description: bad struct arguments - TypeError naming args[N] and the struct type; a bad field value also names the field's type and the value
flags: [module]
---*/
import { Point, Ext, sumPoint, secondPoint, swapPoint } from './structs.zig';
import { expectArgError, thrown, checkConversionError } from '../helpers_FIXTURE.js';

for (const v of [1, 'x', true, null, undefined, Symbol('p'), [1, 2]]) {
  expectArgError(secondPoint, [1, v], 1, 'Point');
  expectArgError(sumPoint, [v], 0, 'Point');
}
for (const v of [{}, { x: 1 }, { x: 1, y: 2, z: 3 }, new Ext({ a: 1, b: 2, c: 3, d: 4 })]) {
  const e = thrown(() => secondPoint(1, v), 'secondPoint(1, ' + JSON.stringify(v) + ')');
  assert(e instanceof TypeError, 'TypeError');
  assert(e.message.includes('args[1]'), 'names args[1]: ' + e.message);
}
// a bad field value
const e = thrown(() => secondPoint(1, { x: 1, y: 'two' }), 'field y = "two"');
checkConversionError(e, 'field y', 'args[1]', 'i32', 'two');
const e2 = thrown(() => secondPoint(1, { x: 2 ** 31, y: 0 }), 'field x = 2**31');
checkConversionError(e2, 'field x', 'args[1]', 'i32', 2 ** 31, TypeError);
const e3 = thrown(() => swapPoint({ x: 1.5, y: 0 }), 'pointer arg field 1.5');
checkConversionError(e3, 'pointer field x', 'args[0]', 'i32', 1.5, TypeError);
assert.sameValue(secondPoint(1, { x: 1, y: 2 }), 3, 'still usable');
