/*---
description: synchronous code, then microtasks, then timers, as in Node
flags: [module]
expected_stdout: |
  sync 1
  sync 2
  promise
  microtask
  nextTick
  timeout
---*/
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
console.log('sync 2');
