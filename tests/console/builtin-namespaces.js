/*---
description: Math, JSON, Reflect and globalThis-like objects
expected_stdout: |
  Object [Math] {}
  Object [JSON] {}
  Object [Reflect] {}
  { globalThis: {}, console: {}, Array: [Function: Array] }
  Object [Generator] {}
---*/
console.log(Math);
console.log(JSON);
console.log(Reflect);
console.log({ globalThis: {}, console: {}, Array });
console.log((function* g() {})());
