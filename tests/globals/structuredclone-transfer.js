/*---
description: structuredClone with transfer moves ArrayBuffer contents to the clone and detaches the originals
includes: [compareArray.js]
---*/
var buf = new ArrayBuffer(4);
var view = new Uint8Array(buf);
view.set([1, 2, 3, 4]);
var c = structuredClone({ view: view }, { transfer: [buf] });
assert.compareArray(c.view, [1, 2, 3, 4]);
assert.sameValue(buf.byteLength, 0, 'original detached');
assert.sameValue(view.length, 0, 'views of it see no elements');

var kept = new ArrayBuffer(2);
try {
  structuredClone({ kept: kept, f: function () {} }, { transfer: [kept] });
} catch (e) {
  assert.sameValue(e.name, 'DataCloneError');
}
assert.sameValue(kept.byteLength, 2, 'a failed clone detaches nothing');

var b = new ArrayBuffer(1);
assert.throws(TypeError, function () { structuredClone(1, { transfer: [new Uint8Array(1)] }); });
assert.throws(TypeError, function () { structuredClone(1, { transfer: 1 }); });
assert.throws(TypeError, function () { structuredClone(1, 1); });
try {
  structuredClone(b, { transfer: [b, b] });
} catch (e) {
  assert.sameValue(e.name + ': ' + e.message, 'DataCloneError: Transfer list contains duplicate ArrayBuffer');
}
assert.sameValue(b.byteLength, 1);
var detached = new ArrayBuffer(3);
structuredClone(detached, { transfer: [detached] });
try {
  structuredClone(detached);
  throw new Test262Error('no error');
} catch (e) {
  assert.sameValue(e.message, 'An ArrayBuffer is detached and could not be cloned.');
}
