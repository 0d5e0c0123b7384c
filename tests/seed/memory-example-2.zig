const std = @import("std");
const zigar = @import("zigar");

pub fn print(text: []const u8, promise: zigar.function.Promise(void)) !void {
    try zigar.thread.use();
    const thread = try std.Thread.spawn(.{}, output, .{ text, promise });
    thread.detach();
    // text will survive beyound this point
}

fn output(text: []const u8, promise: zigar.function.Promise(void)) void {
    std.debug.print("{s}\n", .{text});
    promise.resolve({});
    // text can now be gc'ed
    zigar.thread.end();
}
