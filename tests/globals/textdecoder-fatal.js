/*---
description: A fatal TextDecoder throws a TypeError with Node's message and code on malformed input
---*/
var d = new TextDecoder('utf-8', { fatal: true });
assert.sameValue(d.fatal, true);
assert.sameValue(d.decode(new Uint8Array([0xe2, 0x82, 0xac])), '\u20ac');
assert.throws(TypeError, function () { d.decode(new Uint8Array([0xff])); });
assert.throws(TypeError, function () { d.decode(new Uint8Array([0xc0, 0x80])); });
assert.throws(TypeError, function () { d.decode(new Uint8Array([0xe2, 0x82])); }, 'truncated at end');
assert.sameValue(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '', 'not an error while streaming');
assert.throws(TypeError, function () { d.decode(); }, 'but it is at the flush');
try {
  d.decode(new Uint8Array([0xed, 0xa0, 0x80]));
} catch (e) {
  assert.sameValue(e.message, 'The encoded data was not valid for encoding utf-8');
  assert.sameValue(e.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
}
var d16 = new TextDecoder('utf-16le', { fatal: true });
try {
  d16.decode(new Uint8Array([0x00, 0xdc]));
  throw new Test262Error('no error');
} catch (e) {
  assert.sameValue(e.constructor, TypeError);
  assert.sameValue(e.message, 'The encoded data was not valid for encoding utf-16le');
}
