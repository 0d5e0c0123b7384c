/*---
description: T(buffer) casts for int types: shares memory, same object twice, size mismatch is a TypeError "T has N bytes, received M"
flags: [module]
---*/

import * as m from './ints.zig';
import { __zigar } from './ints.zig';

{
  const size = __zigar.sizeOf(m.Ti8);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti8(dv);
  assert.sameValue(x.$, 0, 'i8 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'i8 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'i8 writes reach the buffer');
  assert.sameValue(m.Ti8(dv), x, 'i8 same object on the second cast');
  assert.sameValue(m.Ti8(ab).$, 0, 'i8 cast of an ArrayBuffer');
  let e; try { m.Ti8(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i8 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i8'), true, 'i8: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti16);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti16(dv);
  assert.sameValue(x.$, 0, 'i16 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'i16 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'i16 writes reach the buffer');
  assert.sameValue(m.Ti16(dv), x, 'i16 same object on the second cast');
  assert.sameValue(m.Ti16(ab).$, 0, 'i16 cast of an ArrayBuffer');
  let e; try { m.Ti16(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i16 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i16'), true, 'i16: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti32);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti32(dv);
  assert.sameValue(x.$, 0, 'i32 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'i32 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'i32 writes reach the buffer');
  assert.sameValue(m.Ti32(dv), x, 'i32 same object on the second cast');
  assert.sameValue(m.Ti32(ab).$, 0, 'i32 cast of an ArrayBuffer');
  let e; try { m.Ti32(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i32 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i32'), true, 'i32: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti64);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti64(dv);
  assert.sameValue(x.$, 0n, 'i64 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'i64 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'i64 writes reach the buffer');
  assert.sameValue(m.Ti64(dv), x, 'i64 same object on the second cast');
  assert.sameValue(m.Ti64(ab).$, 0n, 'i64 cast of an ArrayBuffer');
  let e; try { m.Ti64(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i64 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i64'), true, 'i64: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu8);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu8(dv);
  assert.sameValue(x.$, 0, 'u8 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u8 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u8 writes reach the buffer');
  assert.sameValue(m.Tu8(dv), x, 'u8 same object on the second cast');
  assert.sameValue(m.Tu8(ab).$, 0, 'u8 cast of an ArrayBuffer');
  let e; try { m.Tu8(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u8 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u8'), true, 'u8: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu16);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu16(dv);
  assert.sameValue(x.$, 0, 'u16 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u16 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u16 writes reach the buffer');
  assert.sameValue(m.Tu16(dv), x, 'u16 same object on the second cast');
  assert.sameValue(m.Tu16(ab).$, 0, 'u16 cast of an ArrayBuffer');
  let e; try { m.Tu16(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u16 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u16'), true, 'u16: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu32);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu32(dv);
  assert.sameValue(x.$, 0, 'u32 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u32 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u32 writes reach the buffer');
  assert.sameValue(m.Tu32(dv), x, 'u32 same object on the second cast');
  assert.sameValue(m.Tu32(ab).$, 0, 'u32 cast of an ArrayBuffer');
  let e; try { m.Tu32(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u32 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u32'), true, 'u32: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu64);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu64(dv);
  assert.sameValue(x.$, 0n, 'u64 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'u64 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'u64 writes reach the buffer');
  assert.sameValue(m.Tu64(dv), x, 'u64 same object on the second cast');
  assert.sameValue(m.Tu64(ab).$, 0n, 'u64 cast of an ArrayBuffer');
  let e; try { m.Tu64(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u64 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u64'), true, 'u64: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu1);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu1(dv);
  assert.sameValue(x.$, 0, 'u1 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u1 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u1 writes reach the buffer');
  assert.sameValue(m.Tu1(dv), x, 'u1 same object on the second cast');
  assert.sameValue(m.Tu1(ab).$, 0, 'u1 cast of an ArrayBuffer');
  let e; try { m.Tu1(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u1 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u1'), true, 'u1: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu3);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu3(dv);
  assert.sameValue(x.$, 0, 'u3 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u3 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u3 writes reach the buffer');
  assert.sameValue(m.Tu3(dv), x, 'u3 same object on the second cast');
  assert.sameValue(m.Tu3(ab).$, 0, 'u3 cast of an ArrayBuffer');
  let e; try { m.Tu3(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u3 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u3'), true, 'u3: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti7);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti7(dv);
  assert.sameValue(x.$, 0, 'i7 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'i7 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'i7 writes reach the buffer');
  assert.sameValue(m.Ti7(dv), x, 'i7 same object on the second cast');
  assert.sameValue(m.Ti7(ab).$, 0, 'i7 cast of an ArrayBuffer');
  let e; try { m.Ti7(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i7 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i7'), true, 'i7: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu24);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu24(dv);
  assert.sameValue(x.$, 0, 'u24 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'u24 cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'u24 writes reach the buffer');
  assert.sameValue(m.Tu24(dv), x, 'u24 same object on the second cast');
  assert.sameValue(m.Tu24(ab).$, 0, 'u24 cast of an ArrayBuffer');
  let e; try { m.Tu24(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u24 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u24'), true, 'u24: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu33);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu33(dv);
  assert.sameValue(x.$, 0n, 'u33 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'u33 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'u33 writes reach the buffer');
  assert.sameValue(m.Tu33(dv), x, 'u33 same object on the second cast');
  assert.sameValue(m.Tu33(ab).$, 0n, 'u33 cast of an ArrayBuffer');
  let e; try { m.Tu33(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u33 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u33'), true, 'u33: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti48);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti48(dv);
  assert.sameValue(x.$, 0n, 'i48 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'i48 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'i48 writes reach the buffer');
  assert.sameValue(m.Ti48(dv), x, 'i48 same object on the second cast');
  assert.sameValue(m.Ti48(ab).$, 0n, 'i48 cast of an ArrayBuffer');
  let e; try { m.Ti48(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i48 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i48'), true, 'i48: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu65);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu65(dv);
  assert.sameValue(x.$, 0n, 'u65 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'u65 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'u65 writes reach the buffer');
  assert.sameValue(m.Tu65(dv), x, 'u65 same object on the second cast');
  assert.sameValue(m.Tu65(ab).$, 0n, 'u65 cast of an ArrayBuffer');
  let e; try { m.Tu65(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u65 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u65'), true, 'u65: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Ti128);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Ti128(dv);
  assert.sameValue(x.$, 0n, 'i128 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'i128 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'i128 writes reach the buffer');
  assert.sameValue(m.Ti128(dv), x, 'i128 same object on the second cast');
  assert.sameValue(m.Ti128(ab).$, 0n, 'i128 cast of an ArrayBuffer');
  let e; try { m.Ti128(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'i128 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('i128'), true, 'i128: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tu128);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tu128(dv);
  assert.sameValue(x.$, 0n, 'u128 cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1n, 'u128 cast shares memory');
  x.$ = 0n;
  assert.sameValue(dv.getUint8(0), 0, 'u128 writes reach the buffer');
  assert.sameValue(m.Tu128(dv), x, 'u128 same object on the second cast');
  assert.sameValue(m.Tu128(ab).$, 0n, 'u128 cast of an ArrayBuffer');
  let e; try { m.Tu128(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'u128 size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('u128'), true, 'u128: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tusize);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tusize(dv);
  assert.sameValue(x.$, 0, 'usize cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'usize cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'usize writes reach the buffer');
  assert.sameValue(m.Tusize(dv), x, 'usize same object on the second cast');
  assert.sameValue(m.Tusize(ab).$, 0, 'usize cast of an ArrayBuffer');
  let e; try { m.Tusize(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'usize size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('usize'), true, 'usize: ' + e.message);
}
{
  const size = __zigar.sizeOf(m.Tisize);
  const ab = new ArrayBuffer(size);
  const dv = new DataView(ab);
  const x = m.Tisize(dv);
  assert.sameValue(x.$, 0, 'isize cast of zeros');
  dv.setUint8(0, 1);
  assert.sameValue(x.$, 1, 'isize cast shares memory');
  x.$ = 0;
  assert.sameValue(dv.getUint8(0), 0, 'isize writes reach the buffer');
  assert.sameValue(m.Tisize(dv), x, 'isize same object on the second cast');
  assert.sameValue(m.Tisize(ab).$, 0, 'isize cast of an ArrayBuffer');
  let e; try { m.Tisize(new ArrayBuffer(size + 1)); } catch (err) { e = err; }
  assert(e instanceof TypeError, 'isize size mismatch is a TypeError');
  assert.sameValue(e.message.includes(`${size} bytes`) && e.message.includes(`received ${size + 1}`) && e.message.includes('isize'), true, 'isize: ' + e.message);
}
