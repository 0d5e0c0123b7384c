const std = @import("std");
pub const Point = struct { x: i32, y: i32 };
pub fn dupe(allocator: std.mem.Allocator, s: []const u8) ![]u8 { return allocator.dupe(u8, s); }
pub fn repeat(s: []const u8, allocator: std.mem.Allocator, n: usize) ![]u8 {
    const out = try allocator.alloc(u8, s.len * n);
    for (0..n) |i| @memcpy(out[i * s.len ..][0..s.len], s);
    return out;
}
pub fn points(allocator: std.mem.Allocator, n: usize) ![]Point {
    const out = try allocator.alloc(Point, n);
    for (out, 0..) |*p, i| p.* = .{ .x = @intCast(i), .y = @intCast(i * i) };
    return out;
}
pub fn squares(allocator: std.mem.Allocator, n: usize) ![]u64 {
    const out = try allocator.alloc(u64, n);
    for (out, 0..) |*e, i| e.* = i * i;
    return out;
}
pub fn boxed(allocator: std.mem.Allocator, v: i32) !*i32 {
    const p = try allocator.create(i32);
    p.* = v;
    return p;
}
pub fn join(allocator: std.mem.Allocator, a: []const u8, b: []const u8) ![]const u8 {
    return std.fmt.allocPrint(allocator, "{s}+{s}", .{ a, b });
}
