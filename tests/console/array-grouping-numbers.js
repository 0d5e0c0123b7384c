/*---
description: arrays with more than 6 numbers are grouped into right-aligned columns
expected_stdout: |
  [
      0,  11,  22,  33,  44,  55,  66,
     77,  88,  99, 110, 121, 132, 143,
    154, 165, 176, 187, 198, 209, 220,
    231, 242, 253, 264, 275, 286, 297,
    308, 319
  ]
  [
    0, 1, 2, 3,
    4, 5, 6
  ]
  [
          1,       22,
        333,     4444,
      55555,   666666,
    7777777, 88888888
  ]
---*/
console.log(Array.from({ length: 30 }, (_, i) => i * 11));
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888]);
