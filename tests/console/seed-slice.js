/*---
description: 'a Zig slice: DataView and ArrayBuffer tagged with Symbol(zig)'
expected_stdout: |
  DataView {
    byteLength: 11,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64>,
      byteLength: 11,
      [Symbol(zig)]: { address: 140352294253853n, len: 11 }
    },
    [Symbol(zig)]: { address: 140352294253853n, len: 11 }
  }
---*/
const bytes = [72, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100];
const buf = new Uint8Array(bytes).buffer;
const dv = new DataView(buf);
const zig = Symbol('zig');
buf[zig] = { address: 140352294253853n, len: 11 };
dv[zig] = { address: 140352294253853n, len: 11 };
console.log(dv);
