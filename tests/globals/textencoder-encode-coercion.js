/*---
description: TextEncoder.encode converts its argument with ToString; no argument or undefined is the empty string
includes: [compareArray.js]
---*/
var te = new TextEncoder();
assert.sameValue(te.encode().length, 0);
assert.sameValue(te.encode(undefined).length, 0);
assert.compareArray(te.encode(null), [0x6e, 0x75, 0x6c, 0x6c]);
assert.compareArray(te.encode(12), [0x31, 0x32]);
assert.compareArray(te.encode({ toString: function () { return '\u00e9'; } }), [0xc3, 0xa9]);
assert.compareArray(te.encode([1, 2]), [0x31, 0x2c, 0x32]);
assert.throws(TypeError, function () { te.encode(Symbol('s')); });
