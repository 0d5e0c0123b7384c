/*---
description: A runtime throw of a built-in error type
negative:
  phase: runtime
  type: TypeError
---*/
null.property;
