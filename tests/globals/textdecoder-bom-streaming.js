/*---
description: While streaming, TextDecoder strips the BOM only as the first code point of the stream, even when split
---*/
var d = new TextDecoder();
assert.sameValue(d.decode(new Uint8Array([0xef]), { stream: true }), '');
assert.sameValue(d.decode(new Uint8Array([0xbb]), { stream: true }), '');
assert.sameValue(d.decode(new Uint8Array([0xbf, 0x41]), { stream: true }), 'A');
assert.sameValue(d.decode(new Uint8Array([0xef, 0xbb, 0xbf])), '\ufeff', 'later BOM kept');

var d2 = new TextDecoder();
assert.sameValue(d2.decode(new Uint8Array([]), { stream: true }), '', 'empty chunk does not end the BOM window');
assert.sameValue(d2.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])), 'B');

var d3 = new TextDecoder('utf-16le');
assert.sameValue(d3.decode(new Uint8Array([0xff]), { stream: true }), '');
assert.sameValue(d3.decode(new Uint8Array([0xfe, 0x43, 0x00])), 'C', 'UTF-16LE BOM split across calls');
