/*---
description: timers fire by delay, equal delays in creation order
flags: [module]
expected_stdout: |
  0
  10a
  10b
  20
  30
---*/
setTimeout(() => console.log('30'), 30);
setTimeout(() => console.log('10a'), 10);
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('10b'), 10);
setTimeout(() => console.log('0'), 0);
