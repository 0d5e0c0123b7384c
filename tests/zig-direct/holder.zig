// Fixture for tests/zig-direct/callbacks.js: makes JS functions into C
// function pointers (this module has a callback type, so no direct entries).
const zigar = @import("zigar");

pub const Callback = *const fn (i32) callconv(.c) i32;

pub fn addressOf(cb: Callback) usize {
    return @intFromPtr(cb);
}

pub fn release(address: usize) void {
    const cb: Callback = @ptrFromInt(address);
    zigar.function.release(cb);
}
