/*---
description: A syntax error, expected at parse time; the body must never run
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
var x = ;
