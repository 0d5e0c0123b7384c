const std = @import("std");

pub const Point = struct { x: i32, y: i32 };
pub const PtrI32 = *i32;
pub const ConstPtrI32 = *const i32;

pub fn inc(p: *i32) void { p.* += 1; }
pub fn secondInc(k: i32, p: *i32) void { p.* += k; }
pub fn read(p: *const i32) i32 { return p.*; }
pub fn incU64(p: *u64) void { p.* +%= 1; }
pub fn movePoint(p: *Point, dx: i32) void { p.x += dx; }
pub fn readPoint(p: *const Point) i32 { return p.x * 10 + p.y; }

var global_int: i32 = 42;
var global_point: Point = .{ .x = 1, .y = 2 };
const const_int: i32 = 7;
pub fn globalPtr() *i32 { return &global_int; }
pub fn globalValue() i32 { return global_int; }
pub fn pointPtr() *Point { return &global_point; }
pub fn pointValue() Point { return global_point; }
pub fn constPtr() *const i32 { return &const_int; }
pub fn ptrToPtr(pp: **i32) void { pp.*.* += 100; }

pub const Node = struct {
    value: i32,
    next: ?*Node = null,
};
pub fn sumList(n: *const Node) i32 {
    var t: i32 = 0;
    var cur: ?*const Node = n;
    while (cur) |c| : (cur = c.next) t += c.value;
    return t;
}
