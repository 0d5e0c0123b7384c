/*---
description: Negative test whose code does not throw
flags: [noStrict]
negative:
  phase: runtime
  type: TypeError
---*/
var fine = 1;
