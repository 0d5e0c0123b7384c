/*---
description: Two default exports are an early error of the module
flags: [module]
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
export default 1;
export default 2;
