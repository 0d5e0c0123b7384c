/*---
description: util.format %d %i %f
expected_stdout: |
  42 %d 42
  1.5 -0 5n NaN
  16
  42 42 5n
  3.5 2 NaN
---*/
console.log('%d', 42, '%d', '42');
console.log('%d %d %d %d', 1.5, -0, 5n, {});
console.log('%d', '0x10');
console.log('%i %i %i', 42.9, '42.9abc', 5n);
console.log('%f %f %f', '3.5x', 2, 'abc');
