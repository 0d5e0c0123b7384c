/*---
description: sparse arrays show <N empty items>
expected_stdout: |
  [ 1, <1 empty item>, 3, <2 empty items>, 6 ]
  [ <1 empty item>, 1 ]
  [ <5 empty items> ]
  [ <1 empty item> ]
  [ 1, <2 empty items> ]
---*/
console.log([1, , 3, , , 6]);
console.log([, 1]);
console.log(new Array(5));
console.log(new Array(1));
console.log([1, , ,]);
