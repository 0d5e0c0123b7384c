/*---
description: TextDecoder with stream keeps partial sequences across calls, at every split point
---*/
var bytes = new TextEncoder().encode('a\u00e9\u20ac\u{1F600}z');
for (var k = 0; k <= bytes.length; k++) {
  var d = new TextDecoder();
  var s = d.decode(bytes.subarray(0, k), { stream: true }) + d.decode(bytes.subarray(k));
  assert.sameValue(s, 'a\u00e9\u20ac\u{1F600}z', 'split at ' + k);
}
var d2 = new TextDecoder();
var out = '';
for (var i = 0; i < bytes.length; i++) out += d2.decode(bytes.subarray(i, i + 1), { stream: true });
out += d2.decode();
assert.sameValue(out, 'a\u00e9\u20ac\u{1F600}z', 'one byte at a time');

var d3 = new TextDecoder();
assert.sameValue(d3.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), '');
assert.sameValue(d3.decode(new Uint8Array([0x98]), { stream: true }), '');
assert.sameValue(d3.decode(new Uint8Array([0x80, 0x41]), { stream: true }), '\u{1F600}A');
