/*---
description: compact = 3 combines the three innermost levels on one line
expected_stdout: |
  { a: { b: { c: {} } }, d: 1 }
  { a: { b: { c: [Object] } } }
  { first: [ 1, 2, 3 ], next: { detail: { core: true } } }
---*/
console.log({ a: { b: { c: {} } }, d: 1 });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ first: [1, 2, 3], next: { detail: { core: true } } });
