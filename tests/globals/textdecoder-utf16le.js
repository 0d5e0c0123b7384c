/*---
description: TextDecoder('utf-16le') decodes code units, surrogate pairs and strips a leading FF FE
---*/
var d = new TextDecoder('utf-16le');
assert.sameValue(d.encoding, 'utf-16le');
assert.sameValue(d.decode(new Uint8Array([0x41, 0x00, 0xe9, 0x00, 0xac, 0x20])), 'A\u00e9\u20ac');
assert.sameValue(d.decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])), '\u{1F600}');
assert.sameValue(d.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), 'A', 'BOM stripped');
assert.sameValue(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), '\ufeffA');
assert.sameValue(d.decode(new Uint16Array([0x48, 0x69])), 'Hi', 'a Uint16Array on a little-endian machine');
assert.sameValue(new TextDecoder('utf-16').encoding, 'utf-16le', 'utf-16 is an alias');
var s = new TextDecoder('utf-16le');
assert.sameValue(s.decode(new Uint8Array([0x3d]), { stream: true }), '');
assert.sameValue(s.decode(new Uint8Array([0xd8, 0x00]), { stream: true }), '');
assert.sameValue(s.decode(new Uint8Array([0xde])), '\u{1F600}');
