pub const MyError = error{ SystemIsOnFire, OutOfMemory, file_not_found, TLSFailure };
pub const Other = error{ SystemIsOnFire, Unrelated };

pub fn fail(which: u8) MyError!i32 {
    return switch (which) {
        0 => 42,
        1 => error.SystemIsOnFire,
        2 => error.OutOfMemory,
        3 => error.file_not_found,
        else => error.TLSFailure,
    };
}
pub fn failAny(yes: bool) !u64 { return if (yes) error.Unrelated else 1 << 40; }
pub fn failVoid(yes: bool) MyError!void { if (yes) return error.OutOfMemory; }
pub const Point = struct { x: i32, y: i32 };
pub fn failStruct(yes: bool) !Point { return if (yes) error.SystemIsOnFire else .{ .x = 1, .y = 2 }; }
pub fn failOptional(which: u8) !?i32 {
    return switch (which) { 0 => 1, 1 => null, else => error.SystemIsOnFire };
}
pub fn errorName(e: MyError) usize { return @intFromError(e); }
pub fn isOnFire(e: anyerror) bool { return e == error.SystemIsOnFire; }
pub fn takeUnion(u: MyError!i32) i32 { return u catch -1; }
pub const Holder = struct { err: MyError!i32 = 5, last: ?MyError = null };
pub fn holderValue(h: Holder) i32 { return h.err catch -100; }
pub const AnyErr = anyerror;
