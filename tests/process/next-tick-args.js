/*---
description: process.nextTick passes its arguments; a non-function is a TypeError
flags: [module]
expected_stdout: |
  tick 1 2
---*/
process.nextTick((a, b) => console.log('tick', a, b), 1, 2);
assert.throws(TypeError, () => process.nextTick(null));
