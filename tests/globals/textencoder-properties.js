/*---
description: TextEncoder has encoding 'utf-8', a TextEncoder toStringTag and brand-checked members
---*/
var te = new TextEncoder();
assert.sameValue(te.encoding, 'utf-8');
assert.sameValue(Object.prototype.toString.call(te), '[object TextEncoder]');
var tag = Object.getOwnPropertyDescriptor(TextEncoder.prototype, Symbol.toStringTag);
assert.sameValue(tag.writable, false);
assert.sameValue(tag.enumerable, false);
assert.sameValue(tag.configurable, true);
assert.sameValue(Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encode').enumerable, true);
assert.sameValue(typeof Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get, 'function');
assert.sameValue(TextEncoder.prototype.encodeInto.length, 2);
assert.throws(TypeError, function () { TextEncoder(); }, 'requires new');
assert.throws(TypeError, function () { TextEncoder.prototype.encode.call({}, 'x'); });
assert.throws(TypeError, function () {
  Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(new TextDecoder());
});
try {
  TextEncoder.prototype.encode.call({}, 'x');
} catch (e) {
  assert.sameValue(e.message, 'Value of "this" must be of type TextEncoder');
  assert.sameValue(e.code, 'ERR_INVALID_THIS');
}
