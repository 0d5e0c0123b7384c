const std = @import("std");

pub const Point = struct {
    x: f64,
    y: f64,
};

pub fn makePoint(x: f64, y: f64) Point {
    return .{ .x = x, .y = y };
}

pub fn makeString(allocator: std.mem.Allocator, n: u32) ![]const u8 {
    return std.fmt.allocPrint(allocator, "string number {d}", .{n});
}
