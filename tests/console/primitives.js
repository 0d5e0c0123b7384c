/*---
description: numbers, bigints, booleans, null, undefined and -0 print like Node
expected_stdout: |
  1 -1.5 1e+21 1e-7 NaN Infinity -Infinity
  -0 [ -0 ] 0n 123n -5n
  true false null undefined
  [ 1, 'a', null, undefined, true ]
---*/
console.log(1, -1.5, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log(-0, [-0], 0n, 123n, -5n);
console.log(true, false, null, undefined);
console.log([1, 'a', null, undefined, true]);
