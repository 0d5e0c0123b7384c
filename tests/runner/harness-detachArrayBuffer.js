/*---
description: $DETACHBUFFER detaches through $262.detachArrayBuffer
includes: [detachArrayBuffer.js]
---*/
var ab = new ArrayBuffer(8);
var view = new Uint8Array(ab);
$DETACHBUFFER(ab);
assert.sameValue(ab.byteLength, 0);
assert.sameValue(view.length, 0);
assert.throws(TypeError, function () { new Uint8Array(ab); });
