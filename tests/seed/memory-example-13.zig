const std = @import("std");

pub fn getBool(cb: *const fn () bool) void {
    std.debug.print("bool = {}\n", .{cb()});
}

pub fn getInt(cb: *const fn () i32) void {
    std.debug.print("int = {}\n", .{cb()});
}
