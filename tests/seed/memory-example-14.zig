const std = @import("std");

const Point = struct {
    x: f32,
    y: f32,
};

pub fn getPoint(cb: *const fn () Point) void {
    std.debug.print("point = {}\n", .{cb()});
}
