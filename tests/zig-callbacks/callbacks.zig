// Fixture for tests/zig-callbacks: JS functions as Zig function pointers.
const std = @import("std");
const zigar = @import("zigar");

pub const Point = struct { x: f32, y: f32 };

pub fn stackPoint(cb: *const fn (*Point) void) void {
    var point: Point = .{ .x = 1.5, .y = 2.5 };
    cb(&point);
}

// Many parameters of every class: integer registers run out (stack
// arguments), float registers, a struct by value, a 64-bit int.
pub const Big = struct { a: u64, b: u64, c: u64 };
pub fn many(cb: *const fn (i32, i32, i32, i32, i32, i32, i32, i32, f64, f64, f64, f64, f64, f64, f64, f64) f64) f64 {
    return cb(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5);
}
pub fn mixed(cb: *const fn (u8, Big, f32, i64, bool) Big) u64 {
    const r = cb(200, .{ .a = 1, .b = 2, .c = 3 }, 0.25, -5, true);
    return r.a + r.b + r.c;
}

// The C calling convention.
pub fn cCall(cb: *const fn (i32, f64) callconv(.c) f64) f64 {
    return cb(3, 0.5);
}

// Error unions.
pub const Failure = error{ SystemIsOnFire, FileNotFound, Unexpected };
pub fn tryIt(cb: *const fn (i32) Failure!i32, x: i32) Failure!i32 {
    return cb(x);
}
pub const Strict = error{OnlyThis};
pub fn tryStrict(cb: *const fn () Strict!void) !void {
    return cb();
}
pub fn tryAny(cb: *const fn () anyerror!u32) anyerror!u32 {
    return cb();
}

// Stored pointers, identity, release.
const Stored = *const fn (i32) anyerror!i32;
var stored: ?Stored = null;
pub fn store(cb: Stored) void {
    stored = cb;
}
pub fn callStored(x: i32) anyerror!i32 {
    const f = stored orelse return error.NothingStored;
    return f(x);
}
pub fn releaseStored() void {
    if (stored) |f| zigar.function.release(f);
}
pub fn storedAddress() usize {
    return if (stored) |f| @intFromPtr(f) else 0;
}
pub fn addressOf(cb: Stored) usize {
    return @intFromPtr(cb);
}
pub const Holder = struct { cb: Stored };
pub fn getStored() Holder {
    return .{ .cb = stored.? };
}
pub fn callHolder(h: Holder, x: i32) anyerror!i32 {
    return h.cb(x);
}

// Nested: a callback that calls Zig that calls a callback.
pub fn twice(cb: *const fn (i32) i32, x: i32) i32 {
    return cb(cb(x));
}

// Strings in and out.
pub fn greet(cb: *const fn ([]const u8) void) void {
    cb("hello from Zig");
}
pub fn upper(cb: *const fn (std.mem.Allocator, []const u8) []const u8) void {
    var gpa = std.heap.DebugAllocator(.{}).init;
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = cb(a, "shout");
    defer a.free(s);
    std.debug.print("{s}\n", .{s});
}
pub fn noAllocator(cb: *const fn () []const u8) void {
    std.debug.print("{s}\n", .{cb()});
}

// A loop, for the benchmark too.
pub fn loop(cb: *const fn (i32) i32, n: i32) i32 {
    var sum: i32 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) sum +%= cb(i);
    return sum;
}

// Many callbacks with a float argument and result (a V8 handle each way,
// tests/zig-callbacks/shared-scope.js).
pub fn loopF64(cb: *const fn (f64) f64, n: i32) f64 {
    var sum: f64 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) sum += cb(@floatFromInt(i));
    return sum;
}

// JS-allocator memory made between many callbacks (the callbacks' shared
// handle scope is renewed meanwhile) stays alive until the call returns:
// blocks filled early are read back at the end (tests/zig-callbacks/
// shared-scope-alloc.js).
pub fn allocAround(allocator: std.mem.Allocator, cb: *const fn (i32) i32, n: i32) ![]const u8 {
    var blocks: [8][]u8 = undefined;
    var made: usize = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) {
        const v = cb(i);
        if (@rem(i, @divTrunc(n, 8)) == 0 and made < blocks.len) {
            const b = try allocator.alloc(u8, 4096);
            @memset(b, @intCast(@mod(v, 256)));
            blocks[made] = b;
            made += 1;
        }
    }
    const out = try allocator.alloc(u8, made);
    for (blocks[0..made], 0..) |b, k| {
        for (b) |byte| {
            if (byte != b[0]) return error.Overwritten;
        }
        out[k] = b[0];
    }
    return out;
}
