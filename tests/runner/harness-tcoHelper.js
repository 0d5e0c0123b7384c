/*---
description: tcoHelper defines the iteration count of tail-call tests
includes: [tcoHelper.js]
---*/
assert.sameValue(typeof $MAX_ITERATIONS, 'number');
assert($MAX_ITERATIONS >= 100000);
