/*---
description: TextDecoder decodes well-formed UTF-8 of every sequence length
---*/
var d = new TextDecoder();
assert.sameValue(d.decode(new Uint8Array([0x41, 0x42])), 'AB');
assert.sameValue(d.decode(new Uint8Array([0xc3, 0xa9])), '\u00e9');
assert.sameValue(d.decode(new Uint8Array([0xe2, 0x82, 0xac])), '\u20ac');
assert.sameValue(d.decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])), '\u{1F600}');
assert.sameValue(d.decode(new Uint8Array([0xf4, 0x8f, 0xbf, 0xbf])), '\u{10FFFF}');
assert.sameValue(d.decode(new Uint8Array([0xef, 0xbf, 0xbf])), '\uffff');
assert.sameValue(d.decode(new Uint8Array([0])), '\0');
assert.sameValue(d.decode(), '');
assert.sameValue(d.decode(undefined), '');
assert.sameValue(d.decode(new Uint8Array(0)), '');
var text = 'mixed \u00e9\u20ac\u{1F600} text';
assert.sameValue(d.decode(new TextEncoder().encode(text)), text, 'round trip');
