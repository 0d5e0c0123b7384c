/*---
description: TextDecoder('utf-16le') replaces lone surrogates and an odd trailing byte with U+FFFD
---*/
var d = new TextDecoder('utf-16le');
assert.sameValue(d.decode(new Uint8Array([0x41, 0x00, 0x42])), 'A\ufffd', 'odd byte at end');
assert.sameValue(d.decode(new Uint8Array([0x00, 0xd8])), '\ufffd', 'lone lead surrogate at end');
assert.sameValue(d.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00])), '\ufffdA', 'lead then BMP unit');
assert.sameValue(d.decode(new Uint8Array([0x00, 0xdc, 0x41, 0x00])), '\ufffdA', 'lone trail surrogate');
assert.sameValue(d.decode(new Uint8Array([0x00, 0xd8, 0x00, 0xd8, 0x00, 0xdc])), '\ufffd\ud800\udc00',
  'second lead starts a valid pair');
assert.sameValue(d.decode(new Uint8Array([0x00, 0xd8, 0x42])), '\ufffd', 'lead surrogate and odd byte: one U+FFFD');
assert.sameValue(d.decode(new Uint8Array([0x41]), { stream: true }), '', 'odd byte kept while streaming');
assert.sameValue(d.decode(new Uint8Array([0x00])), 'A');
