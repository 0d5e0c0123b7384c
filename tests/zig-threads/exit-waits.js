/*---
description: the process does not exit while a thread that did zigar.thread.use() may still call JS
flags: [module]
expected_stdout: |
  main done
  thread called 200
---*/
import { later } from './threads.zig';

later((ms) => console.log('thread called', ms), 200);
console.log('main done');
