/*---
description: structuredClone clones ArrayBuffers and views, and views of one buffer share one cloned buffer
includes: [compareArray.js]
---*/
var buf = new ArrayBuffer(16);
var u8 = new Uint8Array(buf, 4, 4);
u8.set([1, 2, 3, 4]);
var dv = new DataView(buf, 2, 10);
var f64 = new Float64Array(buf, 8, 1);
var c = structuredClone({ u8: u8, dv: dv, f64: f64, buf: buf });
assert.notSameValue(c.buf, buf);
assert.sameValue(c.u8.buffer, c.buf);
assert.sameValue(c.dv.buffer, c.buf);
assert.sameValue(c.f64.buffer, c.buf);
assert.sameValue(c.u8.byteOffset, 4);
assert.sameValue(c.dv.byteOffset, 2);
assert.sameValue(c.dv.byteLength, 10);
assert.compareArray(c.u8, [1, 2, 3, 4]);
c.u8[0] = 99;
assert.sameValue(u8[0], 1, 'the clone has its own memory');
assert.sameValue(new Uint8Array(c.buf)[4], 99);

var alone = structuredClone(new Int16Array(buf, 2, 3));
assert.sameValue(alone.buffer.byteLength, 16, 'a view alone brings its whole buffer');
assert.sameValue(alone.length, 3);
assert.sameValue(Object.prototype.toString.call(alone), '[object Int16Array]');
var big = structuredClone(new BigInt64Array([-1n, 2n]));
assert.sameValue(big[0], -1n);
var tagged = new Uint8Array(2);
tagged.extra = 1;
assert.sameValue(structuredClone(tagged).extra, undefined, 'view properties are not cloned');
