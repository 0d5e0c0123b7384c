/*---
description: TextDecoder replaces a truncated UTF-8 sequence (a maximal subpart) with a single U+FFFD
includes: [compareArray.js]
---*/
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
var d = new TextDecoder();
assert.compareArray(codes(d.decode(new Uint8Array([0xe2, 0x82, 0x41]))), [0xfffd, 0x41]);
assert.compareArray(codes(d.decode(new Uint8Array([0xe2, 0x41]))), [0xfffd, 0x41]);
assert.compareArray(codes(d.decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x41]))), [0xfffd, 0x41]);
assert.compareArray(codes(d.decode(new Uint8Array([0xf0, 0x9f, 0x98]))), [0xfffd], 'at end of input');
assert.compareArray(codes(d.decode(new Uint8Array([0xe2, 0x82, 0xe2, 0x82, 0xac]))), [0xfffd, 0x20ac],
  'the byte that breaks a sequence starts the next one');
assert.compareArray(codes(d.decode(new Uint8Array([0x80, 0xbf]))), [0xfffd, 0xfffd], 'lone continuation bytes');
assert.compareArray(codes(d.decode(new Uint8Array([0xc2]))), [0xfffd]);
assert.compareArray(codes(d.decode(new Uint8Array([0xfe, 0xff]))), [0xfffd, 0xfffd]);
// The Unicode "U+FFFD substitution of maximal subparts" example.
assert.compareArray(codes(d.decode(new Uint8Array([0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64]))),
  [0x61, 0xfffd, 0xfffd, 0xfffd, 0x62, 0xfffd, 0x63, 0xfffd, 0xfffd, 0x64]);
