/*---
description: typed arrays
expected_stdout: |
  Uint8Array(3) [ 1, 2, 3 ]
  Uint8Array(0) []
  Float64Array(3) [ 1.5, -0, NaN ]
  BigInt64Array(2) [ 1n, -2n ]
  Int8Array(2) [ 0, 0, x: 1 ]
---*/
console.log(new Uint8Array([1, 2, 3]));
console.log(new Uint8Array(0));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -2n]));
console.log(Object.assign(new Int8Array(2), { x: 1 }));
