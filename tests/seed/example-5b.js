/*---
description: seed example 5b - writing to a Zig constant faults; zigar-run names the address, the region and the module, then dies of the signal
flags: [module]
expected_signal: 11
expected_stdout: |
  before the write
expected_stderr_contains: "in the read-only data (.rodata, constants) of Zig module memory-example-5"
---*/
import { returnString } from './memory-example-5.zig';

console.log('before the write');
const { typedArray } = returnString();
typedArray[0] = 123;
