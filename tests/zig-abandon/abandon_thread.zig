//! A thread of the library that outlives the call that started it.
const std = @import("std");

pub fn start(ms: u32) !void {
    const t = try std.Thread.spawn(.{}, sleeper, .{ms});
    t.detach();
}

fn sleeper(ms: u32) void {
    std.Thread.sleep(@as(u64, ms) * std.time.ns_per_ms);
}
