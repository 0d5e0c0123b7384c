/*---
description: TextDecoder rejects UTF-16 surrogates encoded in UTF-8 (ED A0..BF xx), one U+FFFD per byte
includes: [compareArray.js]
---*/
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
var d = new TextDecoder();
assert.compareArray(codes(d.decode(new Uint8Array([0xed, 0xa0, 0x80]))), [0xfffd, 0xfffd, 0xfffd], 'U+D800');
assert.compareArray(codes(d.decode(new Uint8Array([0xed, 0xbf, 0xbf]))), [0xfffd, 0xfffd, 0xfffd], 'U+DFFF');
assert.compareArray(codes(d.decode(new Uint8Array([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]))),
  [0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd], 'CESU-8 pair');
assert.compareArray(codes(d.decode(new Uint8Array([0xed, 0x9f, 0xbf]))), [0xd7ff], 'U+D7FF is fine');
assert.compareArray(codes(d.decode(new Uint8Array([0xee, 0x80, 0x80]))), [0xe000], 'U+E000 is fine');
