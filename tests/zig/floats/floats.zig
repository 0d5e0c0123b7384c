const std = @import("std");

pub const Tf16 = f16;
pub const Tf32 = f32;
pub const Tf64 = f64;
pub const Tf80 = f80;
pub const Tf128 = f128;

pub fn echoF16(x: f16) f16 { return x; }
pub fn echoF32(x: f32) f32 { return x; }
pub fn echoF64(x: f64) f64 { return x; }
pub fn echoF80(x: f80) f80 { return x; }
pub fn echoF128(x: f128) f128 { return x; }

pub fn secondF16(a: i32, x: f16) f16 { _ = a; return x; }
pub fn secondF32(a: i32, x: f32) f32 { _ = a; return x; }
pub fn secondF64(a: i32, x: f64) f64 { _ = a; return x; }
pub fn secondF80(a: i32, x: f80) f80 { _ = a; return x; }
pub fn secondF128(a: i32, x: f128) f128 { _ = a; return x; }

pub fn isOneAndHalfF16(x: f16) bool { return x == 1.5; }
pub fn isOneAndHalfF32(x: f32) bool { return x == 1.5; }
pub fn isOneAndHalfF64(x: f64) bool { return x == 1.5; }
pub fn isOneAndHalfF80(x: f80) bool { return x == 1.5; }
pub fn isOneAndHalfF128(x: f128) bool { return x == 1.5; }

pub fn thirdF16() f16 { return 1.0 / 3.0; }
pub fn thirdF32() f32 { return 1.0 / 3.0; }
pub fn thirdF64() f64 { return 1.0 / 3.0; }
pub fn thirdF80() f80 { return 1.0 / 3.0; }
pub fn thirdF128() f128 { return 1.0 / 3.0; }

pub fn halfF80(x: f80) f80 { return x / 2; }
pub fn halfF128(x: f128) f128 { return x / 2; }
pub fn hugeF80() f80 { return 1e4000; }
pub fn tinyF128() f128 { return 1e-4000; }
pub fn maxF16() f16 { return std.math.floatMax(f16); }
pub fn minPosF16() f16 { return std.math.floatTrueMin(f16); }
pub fn infF32() f32 { return std.math.inf(f32); }
pub fn nanF64() f64 { return std.math.nan(f64); }
pub fn negZeroF80() f80 { return -0.0; }
pub fn isNegZeroF128(x: f128) bool { return x == 0 and std.math.signbit(x); }
pub fn isNanF80(x: f80) bool { return std.math.isNan(x); }
pub fn isInfF16(x: f16) bool { return std.math.isPositiveInf(x); }
pub fn f64ToF80ToF64(x: f64) f64 { const y: f80 = x; return @floatCast(y); }
pub fn f64ToF128ToF64(x: f64) f64 { const y: f128 = x; return @floatCast(y); }

pub const Floats = struct {
    a: f16 = 0.5,
    b: f32 = 0.25,
    c: f64 = -1.5,
    d: f80 = 2.5,
    e: f128 = -0.125,
};

pub fn sumFloats(s: Floats) f64 {
    return @as(f64, s.a) + @as(f64, s.b) + s.c + @as(f64, @floatCast(s.d)) + @as(f64, @floatCast(s.e));
}

pub fn scaleFloats(s: *Floats, k: f64) void {
    s.a *= @floatCast(k);
    s.b *= @floatCast(k);
    s.c *= k;
    s.d *= k;
    s.e *= k;
}
