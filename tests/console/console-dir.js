/*---
description: console.dir ignores custom inspect and takes options
expected_stdout: |
  { a: { b: { c: [Object] } } }
  { a: [Object] }
  {
    a: { b: { c: { d: 1 } } }
  }
  {
    x: 1,
    [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
  }
  'str'
---*/
const custom = Symbol.for('nodejs.util.inspect.custom');
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir({ x: 1, [custom]() { return 'C'; } });
console.dir('str');
