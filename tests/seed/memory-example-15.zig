const std = @import("std");

var gpa = std.heap.DebugAllocator(.{}).init;
const allocator = gpa.allocator();

const Player = struct {
    first_name: []const u8,
    last_name: []const u8,
};

pub fn getPlayer(cb: *const fn (std.mem.Allocator) Player) void {
    const player = cb(allocator);
    defer allocator.free(player.first_name);
    defer allocator.free(player.last_name);
    std.debug.print("first_name = {s}\n", .{player.first_name});
    std.debug.print("last_name = {s}\n", .{player.last_name});
}
