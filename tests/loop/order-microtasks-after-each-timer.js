/*---
description: all microtasks run after each timer callback, before the next timer
flags: [module]
expected_stdout: |
  t1
  t1 promise
  t1 microtask
  t2
  t2 promise
---*/
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1 promise'));
  queueMicrotask(() => console.log('t1 microtask'));
}, 5);
setTimeout(() => {
  console.log('t2');
  Promise.resolve().then(() => console.log('t2 promise'));
}, 5);
