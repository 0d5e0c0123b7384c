/*---
description: seed example 7a - heap memory from a Zig allocator is Zig memory until Zig frees it
flags: [module]
expected_stdout: |
  Hello world
  DataView {
    byteLength: 11,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64>,
      byteLength: 11,
      [Symbol(zig)]: { address: <address>n, len: 11 }
    },
    [Symbol(zig)]: { address: <address>n, len: 11 }
  }
---*/
import { returnString, freeString } from './memory-example-7.zig';

const s = returnString();
console.log(s.string);
console.log(s.dataView);
freeString(s);
