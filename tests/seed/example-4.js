/*---
description: seed example 4 - a returned struct is a Zig data object in JS memory
flags: [module]
expected_stdout: |
  S0 {
    [Symbol(memory)]: DataView {
      byteLength: 16,
      byteOffset: 0,
      buffer: ArrayBuffer {
        [Uint8Contents]: <1f 85 eb 51 b8 1e 09 40 7b 00 00 00 00 00 00 00>,
        byteLength: 16
      }
    }
  }
  { int: 123, float: 3.14 }
---*/
import { returnStruct } from './memory-example-4.zig';

console.log(returnStruct());
console.log(returnStruct().valueOf());
