/*---
description: WeakMap and WeakSet have unknown items
expected_stdout: |
  WeakMap { <items unknown> }
  WeakSet { <items unknown> }
---*/
console.log(new WeakMap([[{}, 1]]));
console.log(new WeakSet([{}]));
