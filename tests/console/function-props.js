/*---
description: functions with own properties
expected_stdout: |
  [Function: f] { x: 1, y: { z: 2 } }
  { a: { b: { c: [Function] } } }
  { f: [Function: f], g: [Function: g], h: [class h] }
---*/
console.log(Object.assign(function f() {}, { x: 1, y: { z: 2 } }));
console.log({ a: { b: { c: Object.assign(function f() {}, { x: 1 }) } } });
console.log({ f() {}, g: () => {}, h: class {} });
