pub const OptI32 = ?i32;
pub const OptPoint = ?Point;
pub const Point = struct { x: i32, y: i32 };
pub fn maybe(give: bool) ?i32 { return if (give) 5 else null; }
pub fn orZero(x: ?i32) i32 { return x orelse 0; }
pub fn secondOr(k: i32, x: ?u8) i32 { return if (x) |v| v else k; }
pub fn maybePoint(give: bool) ?Point { return if (give) .{ .x = 1, .y = 2 } else null; }
pub fn pointOr(p: ?Point) i32 { return if (p) |v| v.x + v.y else -1; }
pub fn maybeBig(give: bool) ?u64 { return if (give) 1 << 63 else null; }
pub fn maybeSlice(give: bool) ?[]const u8 { return if (give) "yes" else null; }
pub fn sliceLenOr(s: ?[]const u8) i64 { return if (s) |v| @intCast(v.len) else -1; }
pub fn optPtr(p: ?*i32) bool { if (p) |v| { v.* += 1; return true; } return false; }
pub const Holder = struct { a: ?i32 = null, b: ?bool = true, c: ?f64 = null };
pub fn holderScore(h: Holder) i32 {
    return (h.a orelse 100) + @as(i32, if (h.b) |b| (if (b) 10 else 20) else 30) + @as(i32, if (h.c) |_| 1000 else 0);
}
