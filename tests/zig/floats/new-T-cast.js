/*---
description: new T(x) and T(buffer) for every float type; sizes and alignments; cast shares memory
flags: [module]
---*/
import { Tf16, Tf32, Tf64, Tf80, Tf128, __zigar } from './floats.zig';

const sizes = [[Tf16, 'f16', 2], [Tf32, 'f32', 4], [Tf64, 'f64', 8], [Tf80, 'f80', 16], [Tf128, 'f128', 16]];
for (const [T, name, size] of sizes) {
  assert.sameValue(T.name, name);
  assert.sameValue(__zigar.sizeOf(T), size, `sizeOf(${name})`);
  const x = new T(1.5);
  assert.sameValue(x.$, 1.5, `new ${name}(1.5)`);
  assert.sameValue(x.valueOf(), 1.5);
  x.$ = -2;
  assert.sameValue(x.$, -2);
  assert.sameValue(x.dataView.byteLength, size);
  const dv = new DataView(new ArrayBuffer(size));
  const y = T(dv);
  assert.sameValue(y.$, 0);
  y.$ = 0.5;
  assert.sameValue(T(dv), y, 'cast twice -> same object');
  const z = T(dv.buffer);
  assert.sameValue(z.$, 0.5, 'a cast of the ArrayBuffer sees the same bytes');
  assert.throws(TypeError, () => T(new ArrayBuffer(size - 1)), `${name} size mismatch`);
  assert.throws(TypeError, () => new T(), `new ${name}()`);
  assert.throws(TypeError, () => new T('1'), `new ${name}('1')`);
}
const f = Tf32(new Float32Array([3.5]));
assert.sameValue(f.$, 3.5, 'f32 cast of a Float32Array');
const d = Tf64(new Float64Array([0.1]).buffer);
assert.sameValue(d.$, 0.1);
