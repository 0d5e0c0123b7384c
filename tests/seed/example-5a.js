/*---
description: seed example 5a - a returned string constant is Zig memory (.rodata), tagged Symbol(zig) on buffer and view
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
import { returnString } from './memory-example-5.zig';

console.log(returnString().string);
console.log(returnString().dataView);
