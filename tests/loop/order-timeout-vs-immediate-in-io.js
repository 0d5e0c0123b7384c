/*---
description: inside a timer callback, setImmediate fires before a new setTimeout(0)
flags: [module]
expected_stdout: |
  immediate
  timeout
---*/
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 1);
