pub const Point = struct { x: i32, y: i32 };
pub fn sum(s: []const u8) u32 {
    var t: u32 = 0;
    for (s) |c| t += c;
    return t;
}
pub fn fill(s: []u8, v: u8) void { @memset(s, v); }
pub fn sumPoint(p: Point) i32 { return p.x + p.y; }
pub fn movePoint(p: *Point) void { p.x += 1; }
pub fn echoI32(x: i32) i32 { return x; }
pub fn echoU64(x: u64) u64 { return x; }
pub fn sumF64(s: []const f64) f64 {
    var t: f64 = 0;
    for (s) |v| t += v;
    return t;
}
