/*---
description: extern struct keeps C layout (offsets, size, alignment) and its bytes are what Zig sees
flags: [module]
includes: [compareArray.js]
---*/
import { Ext, makeExt, extSum, extOffsets, __zigar } from './structs.zig';

assert.sameValue(__zigar.sizeOf(Ext), 24);
assert.sameValue(__zigar.alignOf(Ext), 8);
assert.compareArray(extOffsets().valueOf(), [0, 4, 8, 16], 'C offsets');
const e = makeExt();
assert.sameValue(e.a, 0xAA);
assert.sameValue(e.b, 0xBBBBBBBB);
assert.sameValue(e.c, 0xCCCC);
assert.sameValue(e.d, -0.5);
const dv = e.dataView;
assert.sameValue(dv.getUint8(0), 0xAA, 'a at offset 0');
assert.sameValue(dv.getUint32(4, true), 0xBBBBBBBB, 'b at offset 4');
assert.sameValue(dv.getUint16(8, true), 0xCCCC, 'c at offset 8');
const e2 = new Ext({ a: 1, b: 2, c: 3, d: 0.5 });
assert.sameValue(extSum(e2), 6.5);
const buf = new ArrayBuffer(24);
const view = new DataView(buf);
view.setUint8(0, 9);
view.setUint32(4, 10, true);
view.setUint16(8, 11, true);
const e3 = Ext(buf);
assert.sameValue(extSum(e3), 30, 'a cast of raw bytes laid out as C would');
