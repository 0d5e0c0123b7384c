/*---
description: objects deeper than depth 2 print as [Object] / [Array]
expected_stdout: |
  { a: { b: { c: [Object] } } }
  [ [ [ [Array] ] ] ]
  { a: { b: { c: [Array], d: [Map], e: [Set] } } }
---*/
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log({ a: { b: { c: [1], d: new Map([[1, 2]]), e: new Set([1]) } } });
