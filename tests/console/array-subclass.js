/*---
description: Array subclasses and null-prototype arrays get a prefix
expected_stdout: |
  MyArray(2) [ 1, 2 ]
  MyArray(0) []
  [Array(2): null prototype] [ 1, 2 ]
---*/
class MyArray extends Array {}
console.log(MyArray.from([1, 2]));
console.log(new MyArray());
console.log(Object.setPrototypeOf([1, 2], null));
