/*---
description: logging from promise callbacks and timers
expected_stdout: |
  sync
  microtask
  timer { t: 1 }
---*/
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer', { t: 1 }), 0);
console.log('sync');
