/*---
description: Prints TextEncoder output bytes and encodeInto results
expected_stdout: |
  utf-8
  41 c3 a9 e2 82 ac f0 9f 98 80
  ef bf bd 78 ef bf bd
  size 0 read 0 written 0 []
  size 1 read 1 written 1 [61]
  size 2 read 1 written 1 [61 00]
  size 3 read 2 written 3 [61 c3 a9]
  size 4 read 2 written 3 [61 c3 a9 00]
  size 5 read 2 written 3 [61 c3 a9 00 00]
  size 6 read 2 written 3 [61 c3 a9 00 00 00]
  size 7 read 4 written 7 [61 c3 a9 f0 9f 98 80]
  size 8 read 4 written 7 [61 c3 a9 f0 9f 98 80 00]
---*/
var te = new TextEncoder();
function hex(u8) {
  return Array.prototype.map.call(u8, function (b) { return b.toString(16).padStart(2, '0'); }).join(' ');
}
console.log(te.encoding);
console.log(hex(te.encode('A\u00e9\u20ac\u{1F600}')));
console.log(hex(te.encode('\ud800x\udfff')));
var sizes = [0, 1, 2, 3, 4, 5, 6, 7, 8];
for (var i = 0; i < sizes.length; i++) {
  var dest = new Uint8Array(sizes[i]);
  var r = te.encodeInto('a\u00e9\u{1F600}', dest);
  console.log('size', sizes[i], 'read', r.read, 'written', r.written, '[' + hex(dest) + ']');
}
