/*---
description: an uncaught error prints where it was thrown and its stack with file:line:col frames
flags: [module]
expected_exit: 1
expected_stderr_contains: "uncaught-report.js:8:22\nfunction f() { throw new TypeError('bad thing'); }\n                     ^\n\nTypeError: bad thing\n    at f (file://"
---*/
console.log('printed first');
function f() { throw new TypeError('bad thing'); }
f();
