const std = @import("std");
pub fn hello(n: i32) void { std.debug.print("zig says {d}\n", .{n}); }
pub fn partial(s: []const u8) void { std.debug.print("{s}", .{s}); }
pub fn twoLines() void { std.debug.print("line 1\nline 2\n", .{}); }
pub fn toStdout(s: []const u8) !void {
    var buf: [64]u8 = undefined;
    var w = std.fs.File.stdout().writer(&buf);
    try w.interface.print("stdout: {s}\n", .{s});
    try w.interface.flush();
}
pub fn nothingButPartial() void { std.debug.print("no newline", .{}); }
