/*---
description: Expects a parse error, gets a runtime one
flags: [noStrict]
negative:
  phase: parse
  type: SyntaxError
---*/
null.x;
