/*---
description: as order-basic but as a classic script, where ticks run before promise reactions (Node CommonJS order)
expected_stdout: |
  sync 1
  sync 2
  nextTick
  promise
  microtask
  timeout
---*/
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('nextTick'));
console.log('sync 2');
