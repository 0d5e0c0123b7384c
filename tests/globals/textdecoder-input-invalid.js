/*---
description: TextDecoder.decode rejects anything but a buffer source with a TypeError naming the "input" argument
---*/
var d = new TextDecoder();
var bad = [null, 1, 'abc', true, [1, 2], {}, function () {}];
for (var i = 0; i < bad.length; i++) {
  assert.throws(TypeError, function () { d.decode(bad[i]); }, String(bad[i]));
}
function message(v) {
  try { d.decode(v); } catch (e) { return e.code + ' ' + e.message; }
  return 'no error';
}
var prefix = 'ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received ';
assert.sameValue(message(null), prefix + 'null');
assert.sameValue(message(5), prefix + 'type number (5)');
assert.sameValue(message('abc'), prefix + "type string ('abc')");
assert.sameValue(message([1]), prefix + 'an instance of Array');
