/*---
description: A failed assertion is a runtime Test262Error
negative: {phase: runtime, type: Test262Error}
---*/
assert.sameValue(1, 2);
