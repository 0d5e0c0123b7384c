/*---
description: nodejs.util.inspect.custom is honoured
expected_stdout: |
  CUSTOM
  {
    a: line1
    line2
  }
  { replaced: true }
  { a: { b: depth=0 } }
  { a: W({ k: [ 1, 2 ] }) }
  [ C! ]
---*/
const custom = Symbol.for('nodejs.util.inspect.custom');
console.log({ [custom]() { return 'CUSTOM'; } });
console.log({ a: { [custom]() { return 'line1\nline2'; } } });
console.log({ [custom]() { return { replaced: true }; } });
console.log({ a: { b: { [custom](depth) { return 'depth=' + depth; } } } });
console.log({ a: { [custom](depth, opts, inspect) { return 'W(' + inspect({ k: [1, 2] }, opts) + ')'; } } });
class C { [custom]() { return 'C!'; } }
console.log([new C()]);
