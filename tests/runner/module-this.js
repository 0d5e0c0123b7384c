/*---
description: Module code is strict and its top-level this is undefined
flags: [module]
---*/
assert.sameValue(this, undefined);
assert.sameValue((function () { return this; })(), undefined);
assert.sameValue(typeof import.meta, 'object');
