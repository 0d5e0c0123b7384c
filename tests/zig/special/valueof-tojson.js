/*---
description: valueOf gives deep plain JS; toJSON turns bigints into numbers when safe, strings otherwise
flags: [module]
---*/
import { point, withPtr, big, Pet } from './special.zig';

const p = point();
const v = p.valueOf();
assert.sameValue(Object.getPrototypeOf(v), Object.prototype, 'a plain object');
assert.sameValue(JSON.stringify(v), '{"x":1,"y":-2}');
assert.sameValue(JSON.stringify(p), '{"x":1,"y":-2}');
const w = withPtr().valueOf();
assert.sameValue(w.pet, 'dog', 'enum -> name');
assert(Array.isArray(w.name), 'a slice -> array');
assert.sameValue(w.name.length, 3);
const b = big();
assert.sameValue(b.valueOf().a, 1n << 60n);
assert.sameValue(b.valueOf().b, -(1n << 100n));
const j = b.toJSON();
assert.sameValue(j.c, -12345, 'toJSON: a safe bigint becomes a number');
assert.sameValue(j.a, '1152921504606846976', 'toJSON: 2^60 is beyond 2^53: a string');
assert.sameValue(typeof j.b, 'string');
assert.sameValue(j.b, String(-(1n << 100n)));
