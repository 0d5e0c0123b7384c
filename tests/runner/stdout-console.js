/*---
description: console.log output is compared exactly too
expected_stdout: |
  hello 42
  [ 1, 2 ]
---*/
console.log('hello', 42);
console.log([1, 2]);
