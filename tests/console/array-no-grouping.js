/*---
description: arrays with one long entry are not grouped
expected_stdout: |
  [
    1,
    2,
    3,
    4,
    5,
    6,
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  ]
  [
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
    'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'
  ]
---*/
console.log([1, 2, 3, 4, 5, 6, 'x'.repeat(60)]);
console.log(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]);
