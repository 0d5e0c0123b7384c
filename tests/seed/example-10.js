/*---
description: seed example 10 - a struct passed from Zig to a JS callback is a data object in JS memory (a copy)
flags: [module]
expected_stdout: |
  { x: 1.5, y: 2.5 }
  DataView {
    byteLength: 8,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <00 00 c0 3f 00 00 20 40>,
      byteLength: 8
    }
  }
---*/
import { call } from './memory-example-10.zig';

call((point) => {
  console.log(point.valueOf());
  console.log(point.dataView);
});
