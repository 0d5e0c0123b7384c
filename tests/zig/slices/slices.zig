const std = @import("std");

pub const Str = []const u8;
pub const MutBytes = []u8;
pub const F64s = []f64;
pub const I32s = []const i32;
pub const U16s = []const u16;
pub const CStr = [:0]const u8;

pub fn len(s: []const u8) usize { return s.len; }
pub fn secondLen(k: i32, s: []const u8) usize { _ = k; return s.len; }
pub fn sumI32(s: []const i32) i64 {
    var t: i64 = 0;
    for (s) |e| t += e;
    return t;
}
pub fn scale(s: []f64, k: f64) void { for (s) |*e| e.* *= k; }
pub fn upper(s: []u8) void { for (s) |*c| c.* = std.ascii.toUpper(c.*); }
pub fn greeting() []const u8 { return "Hello from Zig"; }
pub fn cgreeting() [:0]const u8 { return "zero-terminated"; }
pub fn firstByte(s: []const u8) u8 { return if (s.len > 0) s[0] else 0; }
pub fn countZ(s: [:0]const u8) usize { return std.mem.len(s.ptr); }
pub fn utf16Len(s: []const u16) usize { return s.len; }
pub fn utf16First(s: []const u16) u16 { return s[0]; }

var table = [_]i32{ 10, 20, 30, 40 };
pub fn tableSlice() []i32 { return &table; }
pub fn tableSum() i32 { return table[0] + table[1] + table[2] + table[3]; }
pub fn constTable() []const i32 { return &table; }

pub const Named = struct { name: []const u8, score: u32 };
pub fn describeNamed(n: Named) usize { return n.name.len * 1000 + n.score; }
pub fn namedTotal(list: []const Named) u32 {
    var t: u32 = 0;
    for (list) |n| t += n.score;
    return t;
}
pub fn subslice(s: []i32, from: usize, to: usize) []i32 { return s[from..to]; }
pub fn empty() []const u8 { return &.{}; }
