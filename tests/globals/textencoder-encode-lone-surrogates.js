/*---
description: TextEncoder.encode replaces each lone surrogate with U+FFFD (EF BF BD)
includes: [compareArray.js]
---*/
var te = new TextEncoder();
assert.compareArray(te.encode('\ud800'), [0xef, 0xbf, 0xbd], 'lone lead');
assert.compareArray(te.encode('\udc00'), [0xef, 0xbf, 0xbd], 'lone trail');
assert.compareArray(te.encode('\udc00\ud800'), [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd], 'reversed pair');
assert.compareArray(te.encode('a\ud800b'), [0x61, 0xef, 0xbf, 0xbd, 0x62]);
assert.compareArray(te.encode('\ud800\ud83d\ude00'), [0xef, 0xbf, 0xbd, 0xf0, 0x9f, 0x98, 0x80],
  'lead followed by a valid pair');
assert.compareArray(te.encode('\ud83d'), [0xef, 0xbf, 0xbd], 'lead at end of string');
