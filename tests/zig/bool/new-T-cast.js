/*---
description: new bool(x), $ and a cast of one byte
flags: [module]
---*/
import { Tbool, __zigar } from './bool.zig';

assert.sameValue(Tbool.name, 'bool');
assert.sameValue(__zigar.sizeOf(Tbool), 1);
const b = new Tbool(true);
assert.sameValue(b.$, true);
b.$ = false;
assert.sameValue(b.$, false);
assert.sameValue(b.valueOf(), false);
const u8 = new Uint8Array([1]);
const c = Tbool(u8);
assert.sameValue(c.$, true, 'cast of a byte holding 1');
c.$ = false;
assert.sameValue(u8[0], 0, 'cast shares memory');
assert.throws(TypeError, () => Tbool(new ArrayBuffer(2)), 'size mismatch');
assert.throws(TypeError, () => new Tbool(), 'new bool()');
