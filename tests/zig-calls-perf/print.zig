// Fixture for output.js: a function with a slice parameter that prints.
const std = @import("std");

pub fn show(values: []const f64) void {
    std.debug.print("n={d}\n", .{values.len});
}
