/*---
description: functions, async, generators, arrows
expected_stdout: |
  [Function: f]
  [Function (anonymous)]
  [Function (anonymous)]
  [Function: arrow]
  [AsyncFunction: af]
  [GeneratorFunction: gen]
  [AsyncGeneratorFunction: ag]
  [Function: max]
  [Function: m]
---*/
console.log(function f() {});
console.log(function () {});
console.log(() => {});
const arrow = () => {};
console.log(arrow);
console.log(async function af() {});
console.log(function* gen() {});
console.log(async function* ag() {});
console.log(Math.max);
console.log({ m() {} }.m);
