const zigar = @import("zigar");

const Point = struct {
    x: f32,
    y: f32,
};
const Promise = zigar.function.Promise(void);

pub fn call(cb: *const fn (*Point, Promise) void) void {
    var point: Point = .{ .x = 1.5, .y = 2.5 };
    cb(&point, Promise.init(null, callback));
}

pub fn callback(_: *anyopaque, _: void) void {}
