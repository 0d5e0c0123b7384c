/*---
description: 'errors without a stack print as [Error: msg]'
expected_stdout: |
  [Error: x]
  [ [TypeError: bad] ]
  [Error]
---*/
const e = new Error('x');
delete e.stack;
console.log(e);
const t = new TypeError('bad');
t.stack = undefined;
console.log([t]);
console.log(Object.create(Error.prototype));
