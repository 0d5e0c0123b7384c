/*---
description: TextEncoder.encode writes UTF-8 for 1-, 2-, 3- and 4-byte code points
includes: [compareArray.js]
---*/
var te = new TextEncoder();
assert.compareArray(te.encode('A'), [0x41]);
assert.compareArray(te.encode('\u00e9'), [0xc3, 0xa9]);
assert.compareArray(te.encode('\u07ff\u0800'), [0xdf, 0xbf, 0xe0, 0xa0, 0x80]);
assert.compareArray(te.encode('\u20ac'), [0xe2, 0x82, 0xac]);
assert.compareArray(te.encode('\uffff'), [0xef, 0xbf, 0xbf]);
assert.compareArray(te.encode('\u{1F600}'), [0xf0, 0x9f, 0x98, 0x80]);
assert.compareArray(te.encode('\u{10FFFF}'), [0xf4, 0x8f, 0xbf, 0xbf]);
assert.compareArray(te.encode('\0'), [0]);
var u = te.encode('h\u00e9llo');
assert.sameValue(Object.prototype.toString.call(u), '[object Uint8Array]');
assert.sameValue(u.length, 6);
assert.sameValue(u.byteOffset, 0);
