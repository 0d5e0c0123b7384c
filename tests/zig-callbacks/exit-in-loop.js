/*---
description: process.exit() inside a callback called in a Zig loop exits at once with its code
flags: [module]
expected_exit: 3
expected_stdout: |
  before
---*/
import { loop } from './callbacks.zig';

console.log('before');
loop((i) => {
  if (i === 5) process.exit(3);
  return i;
}, 10);
console.log('not reached');
