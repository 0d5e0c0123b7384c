/*---
description: fnGlobalObject returns the global even from strict code
includes: [fnGlobalObject.js]
flags: [onlyStrict]
---*/
assert.sameValue(fnGlobalObject(), globalThis);
assert.sameValue(fnGlobalObject().Array, Array);
