/*---
description: util.format %o and %O
expected_stdout: |
  [ 1, 2, 3, [length]: 3 ]
  {
    a: [ 1, 2, [length]: 2 ],
    f: [Function: f] { [length]: 0, [name]: 'f' }
  }
  { a: { b: { c: [Object] } } }
  'str'
---*/
console.log('%o', [1, 2, 3]);
console.log('%o', { a: [1, 2], f() {} });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%O', 'str');
