const std = @import("std");

pub const Point = struct { x: i32 = 0, y: i32 = 0 };
pub const answer: i32 = 42;
pub const big: u64 = 1 << 60;
pub const pi: f64 = 3.25;
pub const origin: Point = .{ .x = 1, .y = 2 };
pub const table = [_]u8{ 1, 2, 3 };
pub const greeting: []const u8 = "hi";
pub const ct_int = 1234;
pub const ct_float = 1.5;
pub const literal = .some_tag;

pub var counter: i32 = 10;
pub var total: u64 = 0;
pub var ratio: f32 = 0.5;
pub var flag: bool = false;
pub var where: Point = .{ .x = 3, .y = 4 };
pub var name: [8]u8 = "zigzag!!".*;

const hidden: i32 = 5;
fn private() void {}

pub fn getCounter() i32 { return counter; }
pub fn bumpCounter() void { counter += 1; }
pub fn getTotal() u64 { return total; }
pub fn getRatio() f32 { return ratio; }
pub fn getFlag() bool { return flag; }
pub fn whereSum() i32 { return where.x + where.y; }
pub fn nameFirst() u8 { return name[0]; }
pub fn add(a: i32, b: i32) i32 { return a + b; }
pub fn withAlloc(allocator: std.mem.Allocator, n: usize) !usize {
    const buf = try allocator.alloc(u8, n);
    defer allocator.free(buf);
    return buf.len;
}
