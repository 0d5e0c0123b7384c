/*---
description: TextDecoder.decode accepts ArrayBuffer, SharedArrayBuffer, any TypedArray and DataView, honouring offsets
---*/
var bytes = new Uint8Array([0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48]);
var d = new TextDecoder();
assert.sameValue(d.decode(bytes.buffer), 'ABCDEFGH');
assert.sameValue(d.decode(new DataView(bytes.buffer, 2, 3)), 'CDE');
assert.sameValue(d.decode(new Uint8Array(bytes.buffer, 5)), 'FGH');
assert.sameValue(d.decode(new Uint16Array(bytes.buffer, 2, 2)), 'CDEF');
assert.sameValue(d.decode(new Int32Array(bytes.buffer, 4)), 'EFGH');
assert.sameValue(d.decode(new Float64Array(bytes.buffer)), 'ABCDEFGH');
assert.sameValue(d.decode(new Int8Array([0x61, -0x3d, -0x57])), 'a\u00e9', 'signed bytes');
assert.sameValue(d.decode(bytes.subarray(1, 3)), 'BC');
if (typeof SharedArrayBuffer === 'function') {
  var sab = new SharedArrayBuffer(2);
  new Uint8Array(sab).set([0x4f, 0x4b]);
  assert.sameValue(d.decode(sab), 'OK');
}
