/*---
description: optionals as argument, return value and struct field; null/undefined give null; new ?T
flags: [module]
---*/
import { maybe, orZero, secondOr, maybePoint, pointOr, maybeBig, maybeSlice, sliceLenOr, optPtr, Holder, holderScore, OptI32, OptPoint } from './optionals.zig';

assert.sameValue(maybe(true), 5);
assert.sameValue(maybe(false), null);
assert.sameValue(orZero(7), 7);
assert.sameValue(orZero(null), 0);
assert.sameValue(orZero(undefined), 0, 'undefined gives null');
assert.sameValue(secondOr(9, 3), 3);
assert.sameValue(secondOr(9, null), 9);
const p = maybePoint(true);
assert.sameValue(p.x + p.y, 3);
assert.sameValue(maybePoint(false), null);
assert.sameValue(pointOr({ x: 2, y: 2 }), 4);
assert.sameValue(pointOr(null), -1);
assert.sameValue(maybeBig(true), 2n ** 63n);
assert.sameValue(maybeBig(false), null);
assert.sameValue(maybeSlice(true).string, 'yes');
assert.sameValue(maybeSlice(false), null);
assert.sameValue(sliceLenOr('abcd'), 4n);
assert.sameValue(sliceLenOr(null), -1n);
const cell = new Int32Array([1]);
assert.sameValue(optPtr(cell), true);
assert.sameValue(cell[0], 2);
assert.sameValue(optPtr(null), false);
const h = new Holder({});
assert.sameValue(h.a, null);
assert.sameValue(h.b, true);
assert.sameValue(holderScore(h), 110);
h.a = 1; h.b = null; h.c = 0.5;
assert.sameValue(holderScore(h), 1031);
assert.sameValue(JSON.stringify(h.valueOf()), '{"a":1,"b":null,"c":0.5}');
h.a = undefined;
assert.sameValue(h.a, null);
assert.sameValue(OptI32.name, '?i32');
const o = new OptI32(null);
assert.sameValue(o.$, null);
o.$ = 3;
assert.sameValue(o.$, 3);
assert.sameValue(orZero(o), 3, 'a ?i32 data object');
assert.sameValue(new OptPoint({ x: 1, y: 1 }).valueOf().x, 1);
