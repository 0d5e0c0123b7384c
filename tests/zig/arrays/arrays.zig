const std = @import("std");

pub const Vec4 = [4]f32;
pub const Bytes = [5]u8;
pub const Big = [3]u64;
pub const Points = [2]Point;
pub const Point = struct { x: i16, y: i16 };
pub const Grid = [2][3]i8;

pub fn sum4(v: [4]f32) f32 { return v[0] + v[1] + v[2] + v[3]; }
pub fn second4(k: i32, v: [4]f32) f32 { _ = k; return v[1]; }
pub fn make4() [4]f32 { return .{ 1.5, 2.5, 3.5, 4.5 }; }
pub fn double4(v: *[4]f32) void { for (v) |*e| e.* *= 2; }
pub fn makeBytes() [5]u8 { return "hello".*; }
pub fn makeBig() [3]u64 { return .{ 1, std.math.maxInt(u64), 0 }; }
pub fn sumBig(b: [3]u64) u128 { return @as(u128, b[0]) + b[1] + b[2]; }
pub fn makePoints() [2]Point { return .{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } }; }
pub fn sumPoints(p: [2]Point) i32 { return @as(i32, p[0].x) + p[0].y + p[1].x + p[1].y; }
pub fn makeGrid() [2][3]i8 { return .{ .{ 1, 2, 3 }, .{ -1, -2, -3 } }; }
pub fn gridSum(g: [2][3]i8) i32 {
    var s: i32 = 0;
    for (g) |row| for (row) |e| { s += e; };
    return s;
}
pub const Holder = struct {
    vals: [3]i32 = .{ 7, 8, 9 },
    name: [4]u8 = "abcd".*,
};
pub fn holderSum(h: Holder) i32 { return h.vals[0] + h.vals[1] + h.vals[2]; }
pub fn sentinel() [3:0]u8 { return .{ 'a', 'b', 'c' }; }
pub fn boolArray() [3]bool { return .{ true, false, true }; }
