const std = @import("std");
pub const Tvoid = void;
var counter: i32 = 0;
pub fn nothing() void {}
pub fn bump() void { counter += 1; }
pub fn getCounter() i32 { return counter; }
pub fn takeVoid(v: void, x: i32) i32 { _ = v; return x; }
pub fn returnsVoidError(fail: bool) !void { if (fail) return error.Failed; }
pub const WithVoid = struct {
    a: i32 = 1,
    nothing: void = {},
    b: i32 = 2,
};
pub fn sumWithVoid(s: WithVoid) i32 { return s.a + s.b; }
