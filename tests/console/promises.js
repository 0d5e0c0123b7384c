/*---
description: promise states
expected_stdout: |
  Promise { 1 }
  Promise { <pending> }
  Promise { <rejected> 3 }
  Promise { { a: { b: [Object] } } }
  { p: Promise { [ 1, 2 ] } }
  Promise { 2, x: 1 }
---*/
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
console.log(rejected);
console.log(Promise.resolve({ a: { b: { c: {} } } }));
console.log({ p: Promise.resolve([1, 2]) });
console.log(Object.assign(Promise.resolve(2), { x: 1 }));
