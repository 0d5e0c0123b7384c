/*---
description: circular references print <ref *1> and [Circular *1]
expected_stdout: |
  <ref *1> { a: 1, self: [Circular *1] }
  <ref *1> { a: <ref *2> { b: { c: [Circular *1], d: [Circular *2] } } }
  <ref *1> [ 1, [Circular *1] ]
---*/
const o = { a: 1 };
o.self = o;
console.log(o);
const p = { a: { b: {} } };
p.a.b.c = p;
p.a.b.d = p.a;
console.log(p);
const arr = [1];
arr.push(arr);
console.log(arr);
