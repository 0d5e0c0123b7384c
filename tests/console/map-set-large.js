/*---
description: large Map and Set break lines
expected_stdout: |
  Set(30) {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    26,
    27,
    28,
    29
  }
  Map(8) {
    0 => 'value0',
    1 => 'value1',
    2 => 'value2',
    3 => 'value3',
    4 => 'value4',
    5 => 'value5',
    6 => 'value6',
    7 => 'value7'
  }
---*/
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 8 }, (_, i) => [i, 'value' + i])));
