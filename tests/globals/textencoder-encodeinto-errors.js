/*---
description: TextEncoder.encodeInto requires a string source and a Uint8Array destination, with Node's error messages
---*/
var te = new TextEncoder();
function message(fn) {
  try { fn(); } catch (e) { return e.constructor.name + ' ' + e.code + ' ' + e.message; }
  return 'no error';
}
assert.sameValue(message(function () { te.encodeInto('a', new Int8Array(2)); }),
  'TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Int8Array');
assert.sameValue(message(function () { te.encodeInto('a', []); }),
  'TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Array');
assert.sameValue(message(function () { te.encodeInto('a'); }),
  'TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received undefined');
assert.sameValue(message(function () { te.encodeInto('a', 7); }),
  'TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received type number (7)');
assert.sameValue(message(function () { te.encodeInto(1, new Uint8Array(2)); }),
  'TypeError ERR_INVALID_ARG_TYPE The "src" argument must be of type string. Received type number (1)');
assert.throws(TypeError, function () { te.encodeInto('a', new Uint8ClampedArray(2)); });
assert.throws(TypeError, function () { te.encodeInto('a', new ArrayBuffer(2)); });
