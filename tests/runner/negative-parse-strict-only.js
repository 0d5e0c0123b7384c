/*---
description: Code that is a SyntaxError only in strict mode (with statement)
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
with ({}) {}
