/*---
description: writes to stdout from Zig interleave with console.log too
flags: [module]
expected_stdout: |
  one
  stdout: two
  three
---*/
import { toStdout } from './output.zig';

console.log('one');
toStdout('two');
console.log('three');
