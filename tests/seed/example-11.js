/*---
description: seed example 11 - a pointer to a Zig stack variable reaches a JS callback as a pointer onto that (Zig) memory
flags: [module]
expected_stdout: |
  { x: 1.5, y: 2.5 }
  DataView {
    byteLength: 8,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <00 00 c0 3f 00 00 20 40>,
      byteLength: 8,
      [Symbol(zig)]: { address: <address>n, len: 8 }
    },
    [Symbol(zig)]: { address: <address>n, len: 8 }
  }
---*/
import { call } from './memory-example-11.zig';

call((ptr) => {
    const point = ptr['*'];
    console.log(point.valueOf());
    console.log(point.dataView);
});
