pub const Tbool = bool;
pub fn echoBool(x: bool) bool { return x; }
pub fn notBool(x: bool) bool { return !x; }
pub fn secondBool(a: i32, x: bool) bool { _ = a; return x; }
pub fn count(a: bool, b: bool, c: bool) u32 {
    return @as(u32, @intFromBool(a)) + @intFromBool(b) + @intFromBool(c);
}
pub const Flags = struct {
    on: bool = true,
    off: bool = false,
    other: bool,
};
pub fn flip(f: *Flags) void {
    f.on = !f.on;
    f.off = !f.off;
    f.other = !f.other;
}
pub fn makeFlags() Flags { return .{ .other = true }; }
pub fn flagsAsInt(f: Flags) u8 {
    return @as(u8, @intFromBool(f.on)) | (@as(u8, @intFromBool(f.off)) << 1) | (@as(u8, @intFromBool(f.other)) << 2);
}
