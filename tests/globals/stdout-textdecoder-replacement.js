/*---
description: Prints how TextDecoder replaces malformed UTF-8 and UTF-16LE, one line per input
expected_stdout: |
  utf-8 61 c0 af 62 -> 0061 FFFD FFFD 0062
  utf-8 e0 80 80 -> FFFD FFFD FFFD
  utf-8 e1 80 41 -> FFFD 0041
  utf-8 f0 90 80 -> FFFD
  utf-8 f4 90 80 80 -> FFFD FFFD FFFD FFFD
  utf-8 ed a0 80 ed b0 80 -> FFFD FFFD FFFD FFFD FFFD FFFD
  utf-8 ef bb bf ef bb bf -> FEFF
  utf-8 e2 82 -> (empty)
  utf-16le 00 d8 41 00 -> FFFD 0041
  utf-16le 00 dc 3d d8 00 de -> FFFD D83D DE00
  utf-16le 41 00 42 -> 0041 FFFD
---*/
function show(label, bytes, opts) {
  var s = new TextDecoder(label).decode(new Uint8Array(bytes), opts);
  var parts = [];
  for (var i = 0; i < s.length; i++) parts.push(s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'));
  console.log(label, bytes.map(function (b) { return b.toString(16).padStart(2, '0'); }).join(' '), '->', parts.join(' ') || '(empty)');
}
show('utf-8', [0x61, 0xc0, 0xaf, 0x62]);
show('utf-8', [0xe0, 0x80, 0x80]);
show('utf-8', [0xe1, 0x80, 0x41]);
show('utf-8', [0xf0, 0x90, 0x80]);
show('utf-8', [0xf4, 0x90, 0x80, 0x80]);
show('utf-8', [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]);
show('utf-8', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]);
show('utf-8', [0xe2, 0x82], { stream: true });
show('utf-16le', [0x00, 0xd8, 0x41, 0x00]);
show('utf-16le', [0x00, 0xdc, 0x3d, 0xd8, 0x00, 0xde]);
show('utf-16le', [0x41, 0x00, 0x42]);
