/*---
description: A thrown primitive is named by its typeof
negative:
  phase: runtime
  type: string
flags: [noStrict]
---*/
throw 'a string, not an error';
