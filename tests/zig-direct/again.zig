// Fixture for abandon.js: a second library with direct functions.
const direct = @import("direct.zig");

pub const Point = direct.Point;

pub fn sumPoint(p: Point) f64 {
    return direct.sumPoint(p);
}

pub fn scale(p: *Point, k: f64) void {
    direct.scale(p, k);
}
