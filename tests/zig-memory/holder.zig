pub const Point = struct {
    x: i32,
};

var origin: Point = .{ .x = 7 };

pub const Holder = struct {
    p: *Point,
};

pub var holder: Holder = .{ .p = &origin };

pub fn readX() i32 {
    return holder.p.x;
}
