/*---
description: util.format %s
expected_stdout: |
  str
  42 extra
  -0
  5n
  Symbol(s)
  null undefined
  { a: [Object] }
  [ 1, [Array] ]
  1970-01-01T00:00:00.000Z
  TS
  Foo {}
  () => 1
---*/
console.log('%s', 'str');
console.log('%s', 42, 'extra');
console.log('%s', -0);
console.log('%s', 5n);
console.log('%s', Symbol('s'));
console.log('%s', null, undefined);
console.log('%s', { a: { b: 1 } });
console.log('%s', [1, [2, [3]]]);
console.log('%s', new Date(0));
console.log('%s', { toString() { return 'TS'; } });
class Foo {}
console.log('%s', new Foo());
console.log('%s', () => 1);
