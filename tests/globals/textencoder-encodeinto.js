/*---
description: TextEncoder.encodeInto reports read (UTF-16 units) and written (bytes) and never splits a code point
includes: [compareArray.js]
---*/
var te = new TextEncoder();
var dest = new Uint8Array(8);
var r = te.encodeInto('ab\u00e9', dest);
assert.sameValue(r.read, 3);
assert.sameValue(r.written, 4);
assert.compareArray(dest, [0x61, 0x62, 0xc3, 0xa9, 0, 0, 0, 0]);

dest = new Uint8Array(4);
r = te.encodeInto('a\u{1F600}', dest);
assert.sameValue(r.read, 1, 'the 4-byte code point does not fit after "a"');
assert.sameValue(r.written, 1);
assert.compareArray(dest, [0x61, 0, 0, 0]);

dest = new Uint8Array(5);
r = te.encodeInto('a\u{1F600}', dest);
assert.sameValue(r.read, 3, 'both surrogates are read');
assert.sameValue(r.written, 5);

r = te.encodeInto('\u20ac', new Uint8Array(2));
assert.sameValue(r.read, 0);
assert.sameValue(r.written, 0);

r = te.encodeInto('a\ud800b', new Uint8Array(4));
assert.sameValue(r.read, 2, 'lone surrogate counts one unit');
assert.sameValue(r.written, 4, 'and three bytes of U+FFFD');

var big = new Uint8Array(10);
r = te.encodeInto('xyz', big.subarray(3, 5));
assert.sameValue(r.written, 2);
assert.compareArray(big, [0, 0, 0, 0x78, 0x79, 0, 0, 0, 0, 0], 'writes respect the view offset');
assert.compareArray(Object.keys(r), ['read', 'written']);
