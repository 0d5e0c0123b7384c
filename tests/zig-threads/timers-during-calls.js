/*---
description: while a Zig thread calls JS without pause, timers and immediates still run (the loop thread's wait for the next call is bounded)
flags: [module]
timeout: 60
expected_stdout: |
  immediate ran during the calls: true
  timer ran during the calls: true
  all 200000 calls: true
---*/
import { stress } from './threads.zig';

// 200,000 blocking calls from one thread take well over 10 ms even when
// each is answered in under a microsecond; the loop thread must still come
// back to the loop between them.
const CALLS = 200000;
let calls = 0, atImmediate = -1, atTimer = -1;
setImmediate(() => { atImmediate = calls; });
setTimeout(() => { atTimer = calls; }, 1);
await stress(() => { calls++; return 1; }, 1, CALLS);
console.log('immediate ran during the calls:', atImmediate >= 0 && atImmediate < CALLS);
console.log('timer ran during the calls:', atTimer >= 0 && atTimer < CALLS);
console.log(`all ${CALLS} calls:`, calls === CALLS);
