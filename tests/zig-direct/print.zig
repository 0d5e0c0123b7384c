// Fixture for not-direct.js: a library that may print gets no direct functions.
const std = @import("std");

pub const Point = struct {
    x: f64,
    y: f64,
};

pub fn show(p: Point) void {
    std.debug.print("x={d} y={d}\n", .{ p.x, p.y });
}
