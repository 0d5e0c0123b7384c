/*---
description: A TextDecoder flush ends an unfinished sequence with U+FFFD and resets the decoder
---*/
var d = new TextDecoder();
assert.sameValue(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.sameValue(d.decode(), '\ufffd', 'flushing a partial sequence');
assert.sameValue(d.decode(new Uint8Array([0xac])), '\ufffd', 'the decoder was reset by the flush');

var d2 = new TextDecoder();
assert.sameValue(d2.decode(new Uint8Array([0xe2]), { stream: true }), '');
assert.sameValue(d2.decode(new Uint8Array([0x41]), { stream: true }), '\ufffdA', 'broken mid-stream');

var d3 = new TextDecoder();
d3.decode(new Uint8Array([0xf0, 0x9f]), { stream: true });
assert.sameValue(d3.decode(new Uint8Array([0x98]), {}), '\ufffd', 'options without stream flush');
assert.sameValue(d3.decode(new Uint8Array([0x41]), null), 'A');
