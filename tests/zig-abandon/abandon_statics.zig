//! Pointers into the library's own memory (.data, .rodata), no `pub var`.
var data: [8]u8 = "zig-data".*;
const table = [4]u32{ 10, 20, 30, 40 };

pub const Holder = struct { p: ?*const u32 = null };

pub const Box = struct {
    x: i32,
    pub const answer: i32 = 42;
};

pub fn dataPtr() *[8]u8 {
    return &data;
}

pub fn bump() void {
    data[0] +%= 1;
}

pub fn fill(h: *Holder) void {
    h.p = &table[2];
}
