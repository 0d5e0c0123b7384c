/*---
description: noStrict runs the file once, sloppy
flags: [noStrict]
---*/
var self = (function () { return this; })();
assert.sameValue(self, globalThis, 'a plain call sees the global as this in sloppy code');
with ({ withVar: 1 }) { assert.sameValue(withVar, 1); }
