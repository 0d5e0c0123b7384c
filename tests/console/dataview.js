/*---
description: DataView shows byteLength, byteOffset and its buffer
expected_stdout: |
  DataView {
    byteLength: 2,
    byteOffset: 0,
    buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
  }
  DataView {
    byteLength: 4,
    byteOffset: 2,
    buffer: ArrayBuffer {
      [Uint8Contents]: <00 00 00 00 00 00 00 00>,
      byteLength: 8
    }
  }
  {
    a: {
      b: DataView { byteLength: 2, byteOffset: 0, buffer: [ArrayBuffer] }
    }
  }
---*/
console.log(new DataView(new ArrayBuffer(2)));
console.log(new DataView(new ArrayBuffer(8), 2, 4));
console.log({ a: { b: new DataView(new ArrayBuffer(2)) } });
