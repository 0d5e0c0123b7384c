/*---
description: seed example 8 - memory from the JS allocator is JS memory, without Symbol(zig)
flags: [module]
expected_stdout: |
  Hello world!
  DataView {
    byteLength: 12,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64 21>,
      byteLength: 12
    }
  }
---*/
import { returnString } from './memory-example-8.zig';

const s = returnString();
console.log(s.string);
console.log(s.dataView);
