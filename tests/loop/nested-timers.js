/*---
description: timers scheduled from timers, promises and immediates interleave like Node
flags: [module]
expected_stdout: |
  timeout 1
  tick from timeout 1
  immediate from timeout 1
  promise from immediate
  timeout from immediate
---*/
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout 1');
  setImmediate(() => {
    log('immediate from timeout 1');
    setTimeout(() => log('timeout from immediate'), 0);
    Promise.resolve().then(() => log('promise from immediate'));
  });
  process.nextTick(() => log('tick from timeout 1'));
}, 1);
