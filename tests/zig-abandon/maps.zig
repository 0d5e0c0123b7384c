//! maps.zig — a test helper: whether /proc/self/maps lists a path (the
//! library of a module that should have been closed). Exports functions only.
const std = @import("std");

/// Whether some line of /proc/self/maps contains `needle`.
pub fn mapped(needle: []const u8) bool {
    const fd = std.posix.open("/proc/self/maps", .{ .ACCMODE = .RDONLY }, 0) catch return false;
    defer std.posix.close(fd);
    var buf: [1 << 16]u8 = undefined;
    var keep: usize = 0;
    while (true) {
        const n = std.posix.read(fd, buf[keep..]) catch return false;
        const end = keep + n;
        if (std.mem.indexOf(u8, buf[0..end], needle) != null) return true;
        if (n == 0) return false;
        // keep the tail: the needle may straddle two reads
        const tail = @min(end, needle.len);
        std.mem.copyForwards(u8, buf[0..tail], buf[end - tail .. end]);
        keep = tail;
    }
}
