const std = @import("std");

pub fn echoI8(x: i8) i8 { return x; }
pub fn secondI8(a: bool, x: i8) i8 { _ = a; return x; }
pub fn maxI8() i8 { return std.math.maxInt(i8); }
pub fn minI8() i8 { return std.math.minInt(i8); }
pub fn isMaxI8(x: i8) bool { return x == std.math.maxInt(i8); }
pub const Ti8 = i8;
pub fn echoI16(x: i16) i16 { return x; }
pub fn secondI16(a: bool, x: i16) i16 { _ = a; return x; }
pub fn maxI16() i16 { return std.math.maxInt(i16); }
pub fn minI16() i16 { return std.math.minInt(i16); }
pub fn isMaxI16(x: i16) bool { return x == std.math.maxInt(i16); }
pub const Ti16 = i16;
pub fn echoI32(x: i32) i32 { return x; }
pub fn secondI32(a: bool, x: i32) i32 { _ = a; return x; }
pub fn maxI32() i32 { return std.math.maxInt(i32); }
pub fn minI32() i32 { return std.math.minInt(i32); }
pub fn isMaxI32(x: i32) bool { return x == std.math.maxInt(i32); }
pub const Ti32 = i32;
pub fn echoI64(x: i64) i64 { return x; }
pub fn secondI64(a: bool, x: i64) i64 { _ = a; return x; }
pub fn maxI64() i64 { return std.math.maxInt(i64); }
pub fn minI64() i64 { return std.math.minInt(i64); }
pub fn isMaxI64(x: i64) bool { return x == std.math.maxInt(i64); }
pub const Ti64 = i64;
pub fn echoU8(x: u8) u8 { return x; }
pub fn secondU8(a: bool, x: u8) u8 { _ = a; return x; }
pub fn maxU8() u8 { return std.math.maxInt(u8); }
pub fn minU8() u8 { return std.math.minInt(u8); }
pub fn isMaxU8(x: u8) bool { return x == std.math.maxInt(u8); }
pub const Tu8 = u8;
pub fn echoU16(x: u16) u16 { return x; }
pub fn secondU16(a: bool, x: u16) u16 { _ = a; return x; }
pub fn maxU16() u16 { return std.math.maxInt(u16); }
pub fn minU16() u16 { return std.math.minInt(u16); }
pub fn isMaxU16(x: u16) bool { return x == std.math.maxInt(u16); }
pub const Tu16 = u16;
pub fn echoU32(x: u32) u32 { return x; }
pub fn secondU32(a: bool, x: u32) u32 { _ = a; return x; }
pub fn maxU32() u32 { return std.math.maxInt(u32); }
pub fn minU32() u32 { return std.math.minInt(u32); }
pub fn isMaxU32(x: u32) bool { return x == std.math.maxInt(u32); }
pub const Tu32 = u32;
pub fn echoU64(x: u64) u64 { return x; }
pub fn secondU64(a: bool, x: u64) u64 { _ = a; return x; }
pub fn maxU64() u64 { return std.math.maxInt(u64); }
pub fn minU64() u64 { return std.math.minInt(u64); }
pub fn isMaxU64(x: u64) bool { return x == std.math.maxInt(u64); }
pub const Tu64 = u64;
pub fn echoU1(x: u1) u1 { return x; }
pub fn secondU1(a: bool, x: u1) u1 { _ = a; return x; }
pub fn maxU1() u1 { return std.math.maxInt(u1); }
pub fn minU1() u1 { return std.math.minInt(u1); }
pub fn isMaxU1(x: u1) bool { return x == std.math.maxInt(u1); }
pub const Tu1 = u1;
pub fn echoU3(x: u3) u3 { return x; }
pub fn secondU3(a: bool, x: u3) u3 { _ = a; return x; }
pub fn maxU3() u3 { return std.math.maxInt(u3); }
pub fn minU3() u3 { return std.math.minInt(u3); }
pub fn isMaxU3(x: u3) bool { return x == std.math.maxInt(u3); }
pub const Tu3 = u3;
pub fn echoI7(x: i7) i7 { return x; }
pub fn secondI7(a: bool, x: i7) i7 { _ = a; return x; }
pub fn maxI7() i7 { return std.math.maxInt(i7); }
pub fn minI7() i7 { return std.math.minInt(i7); }
pub fn isMaxI7(x: i7) bool { return x == std.math.maxInt(i7); }
pub const Ti7 = i7;
pub fn echoU24(x: u24) u24 { return x; }
pub fn secondU24(a: bool, x: u24) u24 { _ = a; return x; }
pub fn maxU24() u24 { return std.math.maxInt(u24); }
pub fn minU24() u24 { return std.math.minInt(u24); }
pub fn isMaxU24(x: u24) bool { return x == std.math.maxInt(u24); }
pub const Tu24 = u24;
pub fn echoU33(x: u33) u33 { return x; }
pub fn secondU33(a: bool, x: u33) u33 { _ = a; return x; }
pub fn maxU33() u33 { return std.math.maxInt(u33); }
pub fn minU33() u33 { return std.math.minInt(u33); }
pub fn isMaxU33(x: u33) bool { return x == std.math.maxInt(u33); }
pub const Tu33 = u33;
pub fn echoI48(x: i48) i48 { return x; }
pub fn secondI48(a: bool, x: i48) i48 { _ = a; return x; }
pub fn maxI48() i48 { return std.math.maxInt(i48); }
pub fn minI48() i48 { return std.math.minInt(i48); }
pub fn isMaxI48(x: i48) bool { return x == std.math.maxInt(i48); }
pub const Ti48 = i48;
pub fn echoU65(x: u65) u65 { return x; }
pub fn secondU65(a: bool, x: u65) u65 { _ = a; return x; }
pub fn maxU65() u65 { return std.math.maxInt(u65); }
pub fn minU65() u65 { return std.math.minInt(u65); }
pub fn isMaxU65(x: u65) bool { return x == std.math.maxInt(u65); }
pub const Tu65 = u65;
pub fn echoI128(x: i128) i128 { return x; }
pub fn secondI128(a: bool, x: i128) i128 { _ = a; return x; }
pub fn maxI128() i128 { return std.math.maxInt(i128); }
pub fn minI128() i128 { return std.math.minInt(i128); }
pub fn isMaxI128(x: i128) bool { return x == std.math.maxInt(i128); }
pub const Ti128 = i128;
pub fn echoU128(x: u128) u128 { return x; }
pub fn secondU128(a: bool, x: u128) u128 { _ = a; return x; }
pub fn maxU128() u128 { return std.math.maxInt(u128); }
pub fn minU128() u128 { return std.math.minInt(u128); }
pub fn isMaxU128(x: u128) bool { return x == std.math.maxInt(u128); }
pub const Tu128 = u128;
pub fn echoUsize(x: usize) usize { return x; }
pub fn secondUsize(a: bool, x: usize) usize { _ = a; return x; }
pub fn maxUsize() usize { return std.math.maxInt(usize); }
pub fn minUsize() usize { return std.math.minInt(usize); }
pub fn isMaxUsize(x: usize) bool { return x == std.math.maxInt(usize); }
pub const Tusize = usize;
pub fn echoIsize(x: isize) isize { return x; }
pub fn secondIsize(a: bool, x: isize) isize { _ = a; return x; }
pub fn maxIsize() isize { return std.math.maxInt(isize); }
pub fn minIsize() isize { return std.math.minInt(isize); }
pub fn isMaxIsize(x: isize) bool { return x == std.math.maxInt(isize); }
pub const Tisize = isize;

pub const Ints = struct {
    f_i8: i8 = 0,
    f_i16: i16 = 0,
    f_i32: i32 = 0,
    f_i64: i64 = 0,
    f_u8: u8 = 0,
    f_u16: u16 = 0,
    f_u32: u32 = 0,
    f_u64: u64 = 0,
    f_u1: u1 = 0,
    f_u3: u3 = 0,
    f_i7: i7 = 0,
    f_u24: u24 = 0,
    f_u33: u33 = 0,
    f_i48: i48 = 0,
    f_u65: u65 = 0,
    f_i128: i128 = 0,
    f_u128: u128 = 0,
    f_usize: usize = 0,
    f_isize: isize = 0,
};
pub fn makeInts() Ints {
    var s: Ints = .{};
    s.f_i8 = std.math.maxInt(i8);
    s.f_i16 = std.math.maxInt(i16);
    s.f_i32 = std.math.maxInt(i32);
    s.f_i64 = std.math.maxInt(i64);
    s.f_u8 = std.math.maxInt(u8);
    s.f_u16 = std.math.maxInt(u16);
    s.f_u32 = std.math.maxInt(u32);
    s.f_u64 = std.math.maxInt(u64);
    s.f_u1 = std.math.maxInt(u1);
    s.f_u3 = std.math.maxInt(u3);
    s.f_i7 = std.math.maxInt(i7);
    s.f_u24 = std.math.maxInt(u24);
    s.f_u33 = std.math.maxInt(u33);
    s.f_i48 = std.math.maxInt(i48);
    s.f_u65 = std.math.maxInt(u65);
    s.f_i128 = std.math.maxInt(i128);
    s.f_u128 = std.math.maxInt(u128);
    s.f_usize = std.math.maxInt(usize);
    s.f_isize = std.math.maxInt(isize);
    return s;
}
pub fn minInts() Ints {
    var s: Ints = .{};
    s.f_i8 = std.math.minInt(i8);
    s.f_i16 = std.math.minInt(i16);
    s.f_i32 = std.math.minInt(i32);
    s.f_i64 = std.math.minInt(i64);
    s.f_u8 = std.math.minInt(u8);
    s.f_u16 = std.math.minInt(u16);
    s.f_u32 = std.math.minInt(u32);
    s.f_u64 = std.math.minInt(u64);
    s.f_u1 = std.math.minInt(u1);
    s.f_u3 = std.math.minInt(u3);
    s.f_i7 = std.math.minInt(i7);
    s.f_u24 = std.math.minInt(u24);
    s.f_u33 = std.math.minInt(u33);
    s.f_i48 = std.math.minInt(i48);
    s.f_u65 = std.math.minInt(u65);
    s.f_i128 = std.math.minInt(i128);
    s.f_u128 = std.math.minInt(u128);
    s.f_usize = std.math.minInt(usize);
    s.f_isize = std.math.minInt(isize);
    return s;
}
pub fn checkInts(s: Ints) bool {
    return s.f_i8 == std.math.maxInt(i8) and s.f_i16 == std.math.maxInt(i16) and s.f_i32 == std.math.maxInt(i32) and s.f_i64 == std.math.maxInt(i64) and s.f_u8 == std.math.maxInt(u8) and s.f_u16 == std.math.maxInt(u16) and s.f_u32 == std.math.maxInt(u32) and s.f_u64 == std.math.maxInt(u64) and s.f_u1 == std.math.maxInt(u1) and s.f_u3 == std.math.maxInt(u3) and s.f_i7 == std.math.maxInt(i7) and s.f_u24 == std.math.maxInt(u24) and s.f_u33 == std.math.maxInt(u33) and s.f_i48 == std.math.maxInt(i48) and s.f_u65 == std.math.maxInt(u65) and s.f_i128 == std.math.maxInt(i128) and s.f_u128 == std.math.maxInt(u128) and s.f_usize == std.math.maxInt(usize) and s.f_isize == std.math.maxInt(isize);
}
pub fn addI32(a: i32, b: i32) i32 { return a +% b; }
pub fn addU8(a: u8, b: u8) u8 { return a +% b; }
pub fn incI64(p: *i64) void { p.* += 1; }
