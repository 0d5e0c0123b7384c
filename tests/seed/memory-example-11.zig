const Point = struct {
    x: f32,
    y: f32,
};

pub fn call(cb: *const fn (*Point) void) void {
    var point: Point = .{ .x = 1.5, .y = 2.5 };
    cb(&point);
}
