const std = @import("std");

var string = [_]u8{ 'H', 'e', 'l', 'l', 'o' };

pub fn returnString() []const u8 {
    return &string;
}

pub fn print() void {
    std.debug.print("{s}\n", .{&string});
}
