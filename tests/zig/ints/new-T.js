/*---
description: new T(value) for int types exported as pub const: value, $, valueOf, bad values, new T() without an argument
flags: [module]
---*/

import * as m from './ints.zig';
import { expectWriteError } from '../helpers_FIXTURE.js';

{ const x = new m.Ti8(127); assert.sameValue(x.$, 127, 'new i8(max).$'); assert.sameValue(x.valueOf(), 127, 'i8 valueOf'); x.$ = -128; assert.sameValue(x.$, -128, 'i8 $ = min'); }
assert.sameValue(m.Ti8.name, 'i8', 'i8 class name');
expectWriteError((v) => new m.Ti8(v), 128, 'i8', 'new i8', TypeError);
expectWriteError((v) => { new m.Ti8(0).$ = v; }, 128, 'i8', 'i8 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti8(), 'new i8() needs an initializer');
{ const x = new m.Ti16(32767); assert.sameValue(x.$, 32767, 'new i16(max).$'); assert.sameValue(x.valueOf(), 32767, 'i16 valueOf'); x.$ = -32768; assert.sameValue(x.$, -32768, 'i16 $ = min'); }
assert.sameValue(m.Ti16.name, 'i16', 'i16 class name');
expectWriteError((v) => new m.Ti16(v), 32768, 'i16', 'new i16', TypeError);
expectWriteError((v) => { new m.Ti16(0).$ = v; }, 32768, 'i16', 'i16 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti16(), 'new i16() needs an initializer');
{ const x = new m.Ti32(2147483647); assert.sameValue(x.$, 2147483647, 'new i32(max).$'); assert.sameValue(x.valueOf(), 2147483647, 'i32 valueOf'); x.$ = -2147483648; assert.sameValue(x.$, -2147483648, 'i32 $ = min'); }
assert.sameValue(m.Ti32.name, 'i32', 'i32 class name');
expectWriteError((v) => new m.Ti32(v), 2147483648, 'i32', 'new i32', TypeError);
expectWriteError((v) => { new m.Ti32(0).$ = v; }, 2147483648, 'i32', 'i32 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti32(), 'new i32() needs an initializer');
{ const x = new m.Ti64(9223372036854775807n); assert.sameValue(x.$, 9223372036854775807n, 'new i64(max).$'); assert.sameValue(x.valueOf(), 9223372036854775807n, 'i64 valueOf'); x.$ = -9223372036854775808n; assert.sameValue(x.$, -9223372036854775808n, 'i64 $ = min'); }
assert.sameValue(m.Ti64.name, 'i64', 'i64 class name');
expectWriteError((v) => new m.Ti64(v), 9223372036854775808n, 'i64', 'new i64', TypeError);
expectWriteError((v) => { new m.Ti64(0).$ = v; }, 9223372036854775808n, 'i64', 'i64 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti64(), 'new i64() needs an initializer');
{ const x = new m.Tu8(255); assert.sameValue(x.$, 255, 'new u8(max).$'); assert.sameValue(x.valueOf(), 255, 'u8 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u8 $ = min'); }
assert.sameValue(m.Tu8.name, 'u8', 'u8 class name');
expectWriteError((v) => new m.Tu8(v), 256, 'u8', 'new u8', TypeError);
expectWriteError((v) => { new m.Tu8(0).$ = v; }, 256, 'u8', 'u8 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu8(), 'new u8() needs an initializer');
{ const x = new m.Tu16(65535); assert.sameValue(x.$, 65535, 'new u16(max).$'); assert.sameValue(x.valueOf(), 65535, 'u16 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u16 $ = min'); }
assert.sameValue(m.Tu16.name, 'u16', 'u16 class name');
expectWriteError((v) => new m.Tu16(v), 65536, 'u16', 'new u16', TypeError);
expectWriteError((v) => { new m.Tu16(0).$ = v; }, 65536, 'u16', 'u16 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu16(), 'new u16() needs an initializer');
{ const x = new m.Tu32(4294967295); assert.sameValue(x.$, 4294967295, 'new u32(max).$'); assert.sameValue(x.valueOf(), 4294967295, 'u32 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u32 $ = min'); }
assert.sameValue(m.Tu32.name, 'u32', 'u32 class name');
expectWriteError((v) => new m.Tu32(v), 4294967296, 'u32', 'new u32', TypeError);
expectWriteError((v) => { new m.Tu32(0).$ = v; }, 4294967296, 'u32', 'u32 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu32(), 'new u32() needs an initializer');
{ const x = new m.Tu64(18446744073709551615n); assert.sameValue(x.$, 18446744073709551615n, 'new u64(max).$'); assert.sameValue(x.valueOf(), 18446744073709551615n, 'u64 valueOf'); x.$ = 0n; assert.sameValue(x.$, 0n, 'u64 $ = min'); }
assert.sameValue(m.Tu64.name, 'u64', 'u64 class name');
expectWriteError((v) => new m.Tu64(v), 18446744073709551616n, 'u64', 'new u64', TypeError);
expectWriteError((v) => { new m.Tu64(0).$ = v; }, 18446744073709551616n, 'u64', 'u64 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu64(), 'new u64() needs an initializer');
{ const x = new m.Tu1(1); assert.sameValue(x.$, 1, 'new u1(max).$'); assert.sameValue(x.valueOf(), 1, 'u1 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u1 $ = min'); }
assert.sameValue(m.Tu1.name, 'u1', 'u1 class name');
expectWriteError((v) => new m.Tu1(v), 2, 'u1', 'new u1', TypeError);
expectWriteError((v) => { new m.Tu1(0).$ = v; }, 2, 'u1', 'u1 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu1(), 'new u1() needs an initializer');
{ const x = new m.Tu3(7); assert.sameValue(x.$, 7, 'new u3(max).$'); assert.sameValue(x.valueOf(), 7, 'u3 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u3 $ = min'); }
assert.sameValue(m.Tu3.name, 'u3', 'u3 class name');
expectWriteError((v) => new m.Tu3(v), 8, 'u3', 'new u3', TypeError);
expectWriteError((v) => { new m.Tu3(0).$ = v; }, 8, 'u3', 'u3 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu3(), 'new u3() needs an initializer');
{ const x = new m.Ti7(63); assert.sameValue(x.$, 63, 'new i7(max).$'); assert.sameValue(x.valueOf(), 63, 'i7 valueOf'); x.$ = -64; assert.sameValue(x.$, -64, 'i7 $ = min'); }
assert.sameValue(m.Ti7.name, 'i7', 'i7 class name');
expectWriteError((v) => new m.Ti7(v), 64, 'i7', 'new i7', TypeError);
expectWriteError((v) => { new m.Ti7(0).$ = v; }, 64, 'i7', 'i7 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti7(), 'new i7() needs an initializer');
{ const x = new m.Tu24(16777215); assert.sameValue(x.$, 16777215, 'new u24(max).$'); assert.sameValue(x.valueOf(), 16777215, 'u24 valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'u24 $ = min'); }
assert.sameValue(m.Tu24.name, 'u24', 'u24 class name');
expectWriteError((v) => new m.Tu24(v), 16777216, 'u24', 'new u24', TypeError);
expectWriteError((v) => { new m.Tu24(0).$ = v; }, 16777216, 'u24', 'u24 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu24(), 'new u24() needs an initializer');
{ const x = new m.Tu33(8589934591n); assert.sameValue(x.$, 8589934591n, 'new u33(max).$'); assert.sameValue(x.valueOf(), 8589934591n, 'u33 valueOf'); x.$ = 0n; assert.sameValue(x.$, 0n, 'u33 $ = min'); }
assert.sameValue(m.Tu33.name, 'u33', 'u33 class name');
expectWriteError((v) => new m.Tu33(v), 8589934592n, 'u33', 'new u33', TypeError);
expectWriteError((v) => { new m.Tu33(0).$ = v; }, 8589934592n, 'u33', 'u33 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu33(), 'new u33() needs an initializer');
{ const x = new m.Ti48(140737488355327n); assert.sameValue(x.$, 140737488355327n, 'new i48(max).$'); assert.sameValue(x.valueOf(), 140737488355327n, 'i48 valueOf'); x.$ = -140737488355328n; assert.sameValue(x.$, -140737488355328n, 'i48 $ = min'); }
assert.sameValue(m.Ti48.name, 'i48', 'i48 class name');
expectWriteError((v) => new m.Ti48(v), 140737488355328n, 'i48', 'new i48', TypeError);
expectWriteError((v) => { new m.Ti48(0).$ = v; }, 140737488355328n, 'i48', 'i48 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti48(), 'new i48() needs an initializer');
{ const x = new m.Tu65(36893488147419103231n); assert.sameValue(x.$, 36893488147419103231n, 'new u65(max).$'); assert.sameValue(x.valueOf(), 36893488147419103231n, 'u65 valueOf'); x.$ = 0n; assert.sameValue(x.$, 0n, 'u65 $ = min'); }
assert.sameValue(m.Tu65.name, 'u65', 'u65 class name');
expectWriteError((v) => new m.Tu65(v), 36893488147419103232n, 'u65', 'new u65', TypeError);
expectWriteError((v) => { new m.Tu65(0).$ = v; }, 36893488147419103232n, 'u65', 'u65 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu65(), 'new u65() needs an initializer');
{ const x = new m.Ti128(170141183460469231731687303715884105727n); assert.sameValue(x.$, 170141183460469231731687303715884105727n, 'new i128(max).$'); assert.sameValue(x.valueOf(), 170141183460469231731687303715884105727n, 'i128 valueOf'); x.$ = -170141183460469231731687303715884105728n; assert.sameValue(x.$, -170141183460469231731687303715884105728n, 'i128 $ = min'); }
assert.sameValue(m.Ti128.name, 'i128', 'i128 class name');
expectWriteError((v) => new m.Ti128(v), 170141183460469231731687303715884105728n, 'i128', 'new i128', TypeError);
expectWriteError((v) => { new m.Ti128(0).$ = v; }, 170141183460469231731687303715884105728n, 'i128', 'i128 $ =', TypeError);
assert.throws(TypeError, () => new m.Ti128(), 'new i128() needs an initializer');
{ const x = new m.Tu128(340282366920938463463374607431768211455n); assert.sameValue(x.$, 340282366920938463463374607431768211455n, 'new u128(max).$'); assert.sameValue(x.valueOf(), 340282366920938463463374607431768211455n, 'u128 valueOf'); x.$ = 0n; assert.sameValue(x.$, 0n, 'u128 $ = min'); }
assert.sameValue(m.Tu128.name, 'u128', 'u128 class name');
expectWriteError((v) => new m.Tu128(v), 340282366920938463463374607431768211456n, 'u128', 'new u128', TypeError);
expectWriteError((v) => { new m.Tu128(0).$ = v; }, 340282366920938463463374607431768211456n, 'u128', 'u128 $ =', TypeError);
assert.throws(TypeError, () => new m.Tu128(), 'new u128() needs an initializer');
{ const x = new m.Tusize(18446744073709551615n); assert.sameValue(x.$, 18446744073709551615n, 'new usize(max).$'); assert.sameValue(x.valueOf(), 18446744073709551615n, 'usize valueOf'); x.$ = 0; assert.sameValue(x.$, 0, 'usize $ = min'); }
assert.sameValue(m.Tusize.name, 'usize', 'usize class name');
expectWriteError((v) => new m.Tusize(v), 18446744073709551616n, 'usize', 'new usize', TypeError);
expectWriteError((v) => { new m.Tusize(0).$ = v; }, 18446744073709551616n, 'usize', 'usize $ =', TypeError);
assert.throws(TypeError, () => new m.Tusize(), 'new usize() needs an initializer');
{ const x = new m.Tisize(9223372036854775807n); assert.sameValue(x.$, 9223372036854775807n, 'new isize(max).$'); assert.sameValue(x.valueOf(), 9223372036854775807n, 'isize valueOf'); x.$ = -9223372036854775808n; assert.sameValue(x.$, -9223372036854775808n, 'isize $ = min'); }
assert.sameValue(m.Tisize.name, 'isize', 'isize class name');
expectWriteError((v) => new m.Tisize(v), 9223372036854775808n, 'isize', 'new isize', TypeError);
expectWriteError((v) => { new m.Tisize(0).$ = v; }, 9223372036854775808n, 'isize', 'isize $ =', TypeError);
assert.throws(TypeError, () => new m.Tisize(), 'new isize() needs an initializer');
