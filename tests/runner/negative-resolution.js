/*---
description: Importing a binding that the module does not export fails at resolution
flags: [module]
negative:
  phase: resolution
  type: SyntaxError
---*/
$DONOTEVALUATE();
import { notExported } from './resolution_FIXTURE.js';
