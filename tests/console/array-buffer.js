/*---
description: ArrayBuffer and SharedArrayBuffer show their bytes
expected_stdout: |
  ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }
  ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }
  ArrayBuffer {
    [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,
    byteLength: 120
  }
  SharedArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }
  ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2, x: 1 }
---*/
console.log(new Uint8Array([1, 2]).buffer);
console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(120));
console.log(new SharedArrayBuffer(3));
console.log(Object.assign(new ArrayBuffer(2), { x: 1 }));
