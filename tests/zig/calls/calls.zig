const std = @import("std");
pub const Counter = struct {
    n: i32 = 0,
    pub fn inc(self: *Counter, by: i32) void { self.n += by; }
    pub fn get(self: Counter) i32 { return self.n; }
    pub fn peek(self: *const Counter) i32 { return self.n; }
    pub fn make(start: i32) Counter { return .{ .n = start }; }
};
pub fn none() i32 { return 1; }
pub fn two(a: i32, b: u8) i32 { return a + b; }
pub fn three(a: bool, b: []const u8, c: f64) f64 { return if (a) @as(f64, @floatFromInt(b.len)) + c else c; }
pub fn wide(a: u64, b: i64, c: u128) u128 { return @as(u128, a) + @as(u128, @intCast(b)) + c; }
pub fn sizes(a: usize, b: isize) isize { return @as(isize, @intCast(a)) + b; }
pub fn bigUsize() usize { return std.math.maxInt(usize); }
pub fn minIsize() isize { return std.math.minInt(isize); }
pub fn incI64(p: *i64) void { p.* += 1; }
pub fn incConst(p: *const i64) i64 { return p.* + 1; }
pub const Pair = struct { a: u8, b: i64 };
pub fn bumpPair(p: *Pair) void { p.a += 1; p.b += 1000; }
