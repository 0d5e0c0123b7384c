/*---
description: '$ gets the value (object itself for structs/arrays, the primitive for primitives) and sets it in place'
flags: [module]
includes: [compareArray.js]
---*/
import { Point, Bytes, point } from './special.zig';

const p = point();
assert.sameValue(p.$, p);
const dv = p.dataView;
p.$ = { x: 5, y: 6 };
assert.sameValue(p.x, 5);
assert.sameValue(p.dataView, dv, 'same memory after $ =');
const b = new Bytes([1, 2, 3, 4]);
assert.sameValue(b.$, b);
b.$ = [4, 3, 2, 1];
assert.compareArray(b.valueOf(), [4, 3, 2, 1]);
b.$ = 'abcd';
assert.sameValue(b.string, 'abcd');
assert.throws(TypeError, () => { p.$ = { x: 1 }; }, 'missing field through $');
assert.throws(TypeError, () => { b.$ = [1]; }, 'wrong length through $');
