const std = @import("std");

var gpa = std.heap.DebugAllocator(.{}).init;
const allocator = gpa.allocator();

pub fn returnString() ![]const u8 {
    return allocator.dupe(u8, "Hello world");
}

pub fn freeString(str: []const u8) void {
    allocator.free(str);
}
