/*---
description: TextDecoder strips one leading UTF-8 BOM unless ignoreBOM is set
---*/
var bom = [0xef, 0xbb, 0xbf];
assert.sameValue(new TextDecoder().decode(new Uint8Array(bom.concat([0x41]))), 'A');
assert.sameValue(new TextDecoder().decode(new Uint8Array(bom.concat(bom, [0x41]))), '\ufeffA', 'only the first');
assert.sameValue(new TextDecoder().decode(new Uint8Array([0x41].concat(bom))), 'A\ufeff', 'not in the middle');
assert.sameValue(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bom.concat([0x41]))), '\ufeffA');
assert.sameValue(new TextDecoder().decode(new Uint8Array(bom)), '');
var d = new TextDecoder();
assert.sameValue(d.decode(new Uint8Array(bom.concat([0x41]))), 'A');
assert.sameValue(d.decode(new Uint8Array(bom.concat([0x42]))), 'B', 'each non-streaming call is a new stream');
assert.sameValue(new TextDecoder('latin1').decode(new Uint8Array(bom)), '\u00ef\u00bb\u00bf', 'no BOM for windows-1252');
