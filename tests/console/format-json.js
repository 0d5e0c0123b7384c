/*---
description: util.format %j
expected_stdout: |
  {"a":[1,"b"]}
  "str"
  undefined
  [Circular]
---*/
console.log('%j', { a: [1, 'b'] });
console.log('%j', 'str');
console.log('%j', undefined);
const o = {};
o.o = o;
console.log('%j', o);
