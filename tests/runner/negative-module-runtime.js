/*---
description: A module body that throws fails at runtime
flags: [module]
negative:
  phase: runtime
  type: RangeError
---*/
import { present } from './resolution_FIXTURE.js';
assert.sameValue(present, 1);
new Array(-1);
