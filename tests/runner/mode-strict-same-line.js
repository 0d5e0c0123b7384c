/*---
description: The strict prefix sits on the first line, so a function's line numbers are unchanged
flags: [onlyStrict]
---*/
function whereAmI() { return new Error('here').stack; }
var stack = String(whereAmI());
assert(/mode-strict-same-line\.js:5/.test(stack), 'line 5 is reported as line 5: ' + stack);
