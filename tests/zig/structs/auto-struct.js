/*---
description: an auto-layout struct as argument (by value, copied), pointer argument (changed in place), return value, new T and fields
flags: [module]
---*/
import { Point, makePoint, sumPoint, secondPoint, swapPoint, modifyCopy } from './structs.zig';

const p = makePoint(3, 4);
assert(p instanceof Point, 'the return value is a Point');
assert.sameValue(p.x, 3);
assert.sameValue(p.y, 4);
assert.sameValue(sumPoint(p), 7);
assert.sameValue(sumPoint({ x: 10, y: -1 }), 9, 'a plain object');
assert.sameValue(secondPoint(2, { x: 1, y: 2 }), 6);
const q = new Point({ x: 5, y: 6 });
swapPoint(q);
assert.sameValue(q.x, 6);
assert.sameValue(q.y, 5);
const r = modifyCopy(q);
assert.sameValue(r.x, 106, 'the returned copy');
assert.sameValue(q.x, 6, 'the argument was passed by value');
assert.notSameValue(r, q);
const plain = { x: 1, y: 2 };
swapPoint(plain);
assert.sameValue(plain.x, 1, 'a plain object given to *Point is a temporary');
q.x = -7;
assert.sameValue(sumPoint(q), -2);
assert.sameValue(JSON.stringify(q.valueOf()), '{"x":-7,"y":5}');
assert.sameValue(q.$, q, '$ of a struct is the struct');
q.$ = { x: 1, y: 1 };
assert.sameValue(sumPoint(q), 2, '$ = {...} re-initialises in place');
assert.sameValue(Object.keys(q.valueOf()).join(), 'x,y');
