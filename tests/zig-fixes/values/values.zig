const std = @import("std");

pub const E = error{ Bad, Worse };
pub const OptE = ?E;
pub const OptI32 = ?i32;
pub const AnyErr = anyerror;
pub const OptAny = ?anyerror;
pub const Holder = struct { last: ?E = null, any: ?anyerror = null, n: ?i32 = null };

pub fn maybeErr(which: u8) ?E {
    return switch (which) { 0 => null, 1 => error.Bad, else => error.Worse };
}
pub fn errCode(e: ?E) i32 {
    return if (e) |v| @intCast(@intFromError(v)) else -1;
}
pub fn anyOr(e: ?anyerror) bool { return e != null; }
pub fn orZero(x: ?i32) i32 { return x orelse 0; }
pub fn holderScore(h: Holder) i32 {
    return (if (h.last) |_| @as(i32, 100) else 0) + (if (h.any) |_| @as(i32, 10) else 0) + (h.n orelse 1);
}
// An error whose set no declaration of the module names: only anyerror holds it.
pub fn parse(s: []const u8) anyerror!i32 {
    return std.fmt.parseInt(i32, s, 10);
}

pub fn sentinel16() [2:0]u16 { return .{ 'h', 'i' }; }
pub fn sentinel8() [3:0]u8 { return .{ 'a', 'b', 'c' }; }
pub fn sentinel7() [2:7]u8 { return .{ 'o', 'k' }; }
