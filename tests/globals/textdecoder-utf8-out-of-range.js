/*---
description: TextDecoder replaces code points above U+10FFFF and the bytes F5..FF
includes: [compareArray.js]
---*/
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
var d = new TextDecoder();
assert.compareArray(codes(d.decode(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))), [0xfffd, 0xfffd, 0xfffd, 0xfffd]);
assert.compareArray(codes(d.decode(new Uint8Array([0xf5, 0x80, 0x80, 0x80]))), [0xfffd, 0xfffd, 0xfffd, 0xfffd]);
assert.compareArray(codes(d.decode(new Uint8Array([0xff]))), [0xfffd]);
assert.compareArray(codes(d.decode(new Uint8Array([0xf4, 0x8f, 0xbf, 0xbf]))), [0xdbff, 0xdfff]);
