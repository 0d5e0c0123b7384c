/*---
description: Map and Set
expected_stdout: |
  Map(2) { 'a' => 1, 'b' => { c: 2 } }
  Map(0) {}
  Set(3) { 1, 'two', { three: 3 } }
  Set(0) {}
  Map(2) { { a: 1 } => [ 1, 2 ], null => undefined }
---*/
console.log(new Map([['a', 1], ['b', { c: 2 }]]));
console.log(new Map());
console.log(new Set([1, 'two', { three: 3 }]));
console.log(new Set());
console.log(new Map([[{ a: 1 }, [1, 2]], [null, undefined]]));
