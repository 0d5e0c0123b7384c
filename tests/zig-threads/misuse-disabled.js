/*---
description: zigar.thread.use() gives error.Disabled in a single-threaded build and once the runtime is shutting down (a process 'exit' listener)
flags: [module]
expected_stdout: |
  true false
  exit false
---*/
import { tryUse } from './use.zig';
import { tryUse as tryUseSingle } from './use.zig?multithreaded=0';

console.log(tryUse(), tryUseSingle());
process.on('exit', () => console.log('exit', tryUse()));
