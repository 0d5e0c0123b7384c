/*---
description: a call from a thread that no zigar.thread.use() covers fails at once with error.Deadlock (it could wait forever)
flags: [module]
expected_stdout: |
  Deadlock
---*/
import { callWithoutUse } from './threads.zig';

console.log((await callWithoutUse(() => 1)).string);
