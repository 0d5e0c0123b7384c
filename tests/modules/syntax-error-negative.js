/*---
description: a syntax error in the main module is a parse-phase SyntaxError
flags: [module]
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
let = = ;
