/*---
description: The smallest passing test; assert.js and sta.js are loaded by default
---*/
assert(true);
assert.sameValue(1 + 1, 2);
assert.sameValue(typeof Test262Error, 'function');
