/*---
description: group indentation does not change the 80-column break
expected_stdout: |
  G
    {
      aaaaaaaaaaaaaa: 1,
      bbbbbbbbbbbbbbbb: 2,
      cccccccccccccccc: 3,
      dddddddddddd: 4,
      eeeeeeeeeeeeeee: 5
    }
    [
       0,  1,  2,  3,  4,  5,  6,  7,  8,
       9, 10, 11, 12, 13, 14, 15, 16, 17,
      18, 19, 20, 21, 22, 23, 24, 25, 26,
      27, 28, 29
    ]
---*/
console.group('G');
console.log({ aaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbb: 2, cccccccccccccccc: 3, dddddddddddd: 4, eeeeeeeeeeeeeee: 5 });
console.log(Array.from({ length: 30 }, (_, i) => i));
console.groupEnd();
