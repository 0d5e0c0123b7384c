/*---
description: the depth limit applies to every kind of container
expected_stdout: |
  { a: { b: { c: [Foo] } } }
  { a: { b: { c: /x/ } } }
  { a: { b: { c: [Uint8Array] } } }
  { a: { b: { c: [Promise] } } }
---*/
console.log({ a: { b: { c: new Foo() } } });
function Foo() { this.x = 1; }
console.log({ a: { b: { c: Object.assign(/x/, { y: 1 }) } } });
console.log({ a: { b: { c: new Uint8Array(2) } } });
console.log({ a: { b: { c: Promise.resolve(1) } } });
