const std = @import("std");

pub const Point = struct {
    x: i32,
    y: i32,
};

pub const Ext = extern struct {
    a: u8,
    b: u32,
    c: u16,
    d: f64,
};

pub const WithDefaults = struct {
    name_len: u32 = 7,
    ratio: f32 = 0.5,
    flag: bool = true,
    count: i64 = -3,
    required: u8,
};

pub const Rect = struct {
    origin: Point,
    size: Point = .{ .x = 10, .y = 20 },
    color: u32 = 0xff00ff,
};

pub const Outer = struct {
    rect: Rect,
    tags: [3]u8 = .{ 1, 2, 3 },
    ext: Ext = .{ .a = 1, .b = 2, .c = 3, .d = 4.5 },
};

pub fn makePoint(x: i32, y: i32) Point { return .{ .x = x, .y = y }; }
pub fn sumPoint(p: Point) i32 { return p.x + p.y; }
pub fn secondPoint(k: i32, p: Point) i32 { return k * (p.x + p.y); }
pub fn swapPoint(p: *Point) void { const t = p.x; p.x = p.y; p.y = t; }
pub fn modifyCopy(p: Point) Point { var q = p; q.x += 100; return q; }

pub fn makeExt() Ext { return .{ .a = 0xAA, .b = 0xBBBBBBBB, .c = 0xCCCC, .d = -0.5 }; }
pub fn extSum(e: Ext) f64 { return @as(f64, @floatFromInt(e.a)) + @as(f64, @floatFromInt(e.b)) + @as(f64, @floatFromInt(e.c)) + e.d; }
pub fn extOffsets() [4]usize {
    return .{ @offsetOf(Ext, "a"), @offsetOf(Ext, "b"), @offsetOf(Ext, "c"), @offsetOf(Ext, "d") };
}

pub fn defaultsSeen(w: WithDefaults) bool {
    return w.name_len == 7 and w.ratio == 0.5 and w.flag and w.count == -3;
}

pub fn makeRect() Rect { return .{ .origin = .{ .x = 1, .y = 2 } }; }
pub fn area(r: Rect) i32 { return r.size.x * r.size.y; }
pub fn grow(r: *Rect, by: i32) void { r.size.x += by; r.size.y += by; r.origin.x -= by; }
pub fn makeOuter() Outer { return .{ .rect = makeRect() }; }
pub fn outerCheck(o: *const Outer) u32 {
    return @as(u32, o.tags[0]) + o.tags[1] + o.tags[2] + o.ext.b + @as(u32, @intCast(o.rect.origin.y));
}

pub fn anonymous() struct { a: i32, b: bool } { return .{ .a = 5, .b = true }; }
