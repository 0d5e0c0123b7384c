const std = @import("std");

pub fn returnString(allocator: std.mem.Allocator) ![]const u8 {
    return allocator.dupe(u8, "Hello world!");
}
