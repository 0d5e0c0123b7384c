// Functions measured by bench/callbacks.js: Zig loops calling JS callbacks.
pub fn loop(cb: *const fn (i32) i32, n: i32) i32 {
    var sum: i32 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) sum +%= cb(i);
    return sum;
}

pub const Point = struct { x: f64, y: f64 };

pub fn loopPoint(cb: *const fn (Point) f64, n: i32) f64 {
    var sum: f64 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) sum += cb(.{ .x = @floatFromInt(i), .y = 1 });
    return sum;
}
