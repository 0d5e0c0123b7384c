pub fn call(cb: *const fn (bool, i32) void) void {
    cb(false, 1234);
}
