/*---
description: TextDecoder replaces an overlong encoding with one U+FFFD per byte
includes: [compareArray.js]
---*/
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
var d = new TextDecoder();
assert.compareArray(codes(d.decode(new Uint8Array([0xc0, 0x80]))), [0xfffd, 0xfffd], 'C0 80');
assert.compareArray(codes(d.decode(new Uint8Array([0xc1, 0xbf]))), [0xfffd, 0xfffd], 'C1 BF');
assert.compareArray(codes(d.decode(new Uint8Array([0xe0, 0x80, 0xaf]))), [0xfffd, 0xfffd, 0xfffd], 'E0 80 AF');
assert.compareArray(codes(d.decode(new Uint8Array([0xe0, 0x9f, 0xbf]))), [0xfffd, 0xfffd, 0xfffd], 'E0 9F BF');
assert.compareArray(codes(d.decode(new Uint8Array([0xf0, 0x80, 0x80, 0xaf]))),
  [0xfffd, 0xfffd, 0xfffd, 0xfffd], 'F0 80 80 AF');
assert.compareArray(codes(d.decode(new Uint8Array([0xf0, 0x8f, 0xbf, 0xbf]))),
  [0xfffd, 0xfffd, 0xfffd, 0xfffd], 'F0 8F BF BF');
assert.compareArray(codes(d.decode(new Uint8Array([0xf8, 0x88, 0x80, 0x80, 0x80]))),
  [0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd], 'five-byte form');
