// Functions measured by bench/calls.js.
pub fn add(a: i32, b: i32) i32 {
    return a +% b;
}

pub const Point = struct {
    x: f64,
    y: f64,
};

pub fn sumPoint(p: Point) f64 {
    return p.x + p.y;
}

pub fn sumSlice(values: []const f64) f64 {
    var total: f64 = 0;
    for (values) |v| total += v;
    return total;
}
