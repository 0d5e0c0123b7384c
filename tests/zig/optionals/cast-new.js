/*---
description: '?T classes: new ?T(value|null), $, casting bytes (payload + flag), valueOf'
flags: [module]
---*/
import { OptI32, OptPoint, orZero, pointOr, __zigar } from './optionals.zig';

assert.sameValue(__zigar.typeOf(OptI32), 'optional');
const size = __zigar.sizeOf(OptI32);
assert.sameValue(size, 8);
const a = new OptI32(5);
assert.sameValue(a.$, 5);
assert.sameValue(a.valueOf(), 5);
a.$ = null;
assert.sameValue(a.$, null);
assert.sameValue(a.valueOf(), null);
assert.sameValue(orZero(a), 0);
const ab = new ArrayBuffer(size);
const c = OptI32(ab);
assert.sameValue(c.$, null, 'zero bytes: null');
c.$ = 9;
assert.sameValue(orZero(c), 9);
assert.sameValue(OptI32(ab), c, 'same object for the same memory');
assert.throws(TypeError, () => OptI32(new ArrayBuffer(size + 1)));
assert.throws(TypeError, () => new OptI32(), 'no initializer');
assert.throws(TypeError, () => new OptI32('x'));
const p = new OptPoint({ x: 2, y: 3 });
assert.sameValue(pointOr(p), 5);
p.$ = null;
assert.sameValue(pointOr(p), -1);
assert.sameValue(JSON.stringify(p), 'null');
