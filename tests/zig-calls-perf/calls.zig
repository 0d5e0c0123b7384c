// Fixture for tests/zig-calls-perf: functions whose arguments take the fast
// path of stdlib-js/zig_call.js (numbers, structs by value, slices, pointers).
pub const Point = struct {
    x: f64,
    y: f64,
};

pub const Bytes3 = extern struct {
    a: u8,
    b: u8,
    c: u8,
};

pub fn sumPoint(p: Point) f64 {
    return p.x + p.y;
}

// by value: Zig gets a copy, the caller's object does not change
pub fn moved(p: Point, dx: f64) Point {
    var q = p;
    q.x += dx;
    return q;
}

pub fn sumBytes3(b: Bytes3) u32 {
    return @as(u32, b.a) + b.b + b.c;
}

pub fn sumSlice(values: []const f64) f64 {
    var total: f64 = 0;
    for (values) |v| total += v;
    return total;
}

pub fn fill(values: []f64, x: f64) void {
    for (values) |*v| v.* = x;
}

pub fn count(values: []const u32) usize {
    return values.len;
}

pub fn scale(p: *Point, k: f64) void {
    p.x *= k;
    p.y *= k;
}

pub fn norm1(p: *const Point) f64 {
    return @abs(p.x) + @abs(p.y);
}

pub fn mix(a: i32, p: Point, s: []const f64, q: *const Point, flag: bool) f64 {
    var t: f64 = @floatFromInt(a);
    t += p.x + p.y + q.x + q.y;
    for (s) |v| t += v;
    return if (flag) t else -t;
}
