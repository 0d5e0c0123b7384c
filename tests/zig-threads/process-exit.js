/*---
description: process.exit() does not wait for registered threads or pending promises
flags: [module]
timeout: 5
expected_stdout: |
  exiting
---*/
import { later, double } from './threads.zig';

later(() => console.log('never'), 30000);
double(1); // never resolved: no worker runs
console.log('exiting');
process.exit(0);
