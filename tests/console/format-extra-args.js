/*---
description: extra arguments are appended, inspected unless strings
expected_stdout: |
  a b c
  no placeholders 1 two { three: 3 }
  1 2 3
  { a: 1 } str [ 1 ]
   1

  undefined
  null null
---*/
console.log('%s %s', 'a', 'b', 'c');
console.log('no placeholders', 1, 'two', { three: 3 });
console.log(1, 2, 3);
console.log({ a: 1 }, 'str', [1]);
console.log('', 1);
console.log();
console.log(undefined);
console.log(null, null);
