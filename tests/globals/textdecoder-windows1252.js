/*---
description: The latin1/ascii/windows-1252 labels decode with the WHATWG windows-1252 index
---*/
var d = new TextDecoder('windows-1252');
assert.sameValue(d.decode(new Uint8Array([0x41, 0xe9, 0xff])), 'A\u00e9\u00ff');
assert.sameValue(d.decode(new Uint8Array([0x80])), '\u20ac', '0x80 is the euro sign');
assert.sameValue(d.decode(new Uint8Array([0x99])), '\u2122');
assert.sameValue(d.decode(new Uint8Array([0x9f])), '\u0178');
assert.sameValue(d.decode(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d])), '\u0081\u008d\u008f\u0090\u009d',
  'the five unassigned bytes map to C1 controls');
assert.sameValue(new TextDecoder('latin1').decode(new Uint8Array([0x93, 0x94])), '\u201c\u201d');
var all = new Uint8Array(256);
for (var i = 0; i < 256; i++) all[i] = i;
assert.sameValue(d.decode(all).length, 256, 'one code unit per byte, never an error');
assert.sameValue(new TextDecoder('ascii', { fatal: true }).decode(all).length, 256);
