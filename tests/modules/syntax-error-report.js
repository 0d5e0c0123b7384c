/*---
description: a syntax error shows file:line:col, the line and a caret
flags: [module]
expected_exit: 1
expected_stderr_contains: "syntax-error-report.js:8:9\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'"
---*/
console.log('never printed');
let x = ;
