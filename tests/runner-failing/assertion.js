/*---
description: A failing assertion
flags: [noStrict]
---*/
assert.sameValue(1, 2, 'one is not two');
