/*---
description: 'a Zig struct: class instance whose only key is a symbol holding a DataView'
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
class S0 {}
const s = new S0();
const dv = new DataView(new Uint8Array([0x1f, 0x85, 0xeb, 0x51, 0xb8, 0x1e, 0x09, 0x40, 0x7b, 0, 0, 0, 0, 0, 0, 0]).buffer);
Object.defineProperty(s, Symbol('memory'), { value: dv, enumerable: true });
console.log(s);
console.log({ int: 123, float: 3.14 });
