/*---
description: timer callbacks get their extra arguments; setTimeout returns a Timeout object
flags: [module]
expected_stdout: |
  object Timeout number
  immediate arg 7
  args a b
---*/
const t = setTimeout((x, y) => console.log('args', x, y), 20, 'a', 'b');
console.log(typeof t, t.constructor.name, typeof t[Symbol.toPrimitive]());
setImmediate((x) => console.log('immediate arg', x), 7);
