/*---
description: immediates run in order, with microtasks between them; ones added while running wait a turn
flags: [module]
expected_stdout: |
  i1
  i1 promise
  i2
  i2 tick
  i3 (queued by i1)
---*/
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('i1 promise'));
  setImmediate(() => console.log('i3 (queued by i1)'));
});
setImmediate(() => {
  console.log('i2');
  process.nextTick(() => console.log('i2 tick'));
});
