// Fixture for tests/zig-fast-slices: slice parameters V8's Fast API passes
// as typed arrays (stdlib-zig/thunks.zig fastEntry) once a call site is
// optimised, imported with ?optimize=ReleaseFast (the Fast API is only used
// in ReleaseFast/ReleaseSmall modules that cannot print).
const std = @import("std");

pub fn sumF64(values: []const f64) f64 {
    var total: f64 = 0;
    for (values) |v| total += v;
    return total;
}

pub fn sumF32(values: []const f32) f32 {
    var total: f32 = 0;
    for (values) |v| total += v;
    return total;
}

pub fn sumI32(values: []const i32) i32 {
    var total: i32 = 0;
    for (values) |v| total +%= v;
    return total;
}

pub fn sumU32(values: []const u32) u32 {
    var total: u32 = 0;
    for (values) |v| total +%= v;
    return total;
}

pub fn sumI64(values: []const i64) f64 {
    var total: f64 = 0;
    for (values) |v| total += @floatFromInt(v);
    return total;
}

pub fn sumU64(values: []const u64) f64 {
    var total: f64 = 0;
    for (values) |v| total += @floatFromInt(v);
    return total;
}

pub fn len(values: []const f64) u32 {
    return @intCast(values.len);
}

pub fn fill(values: []f64, x: f64) void {
    for (values) |*v| v.* = x;
}

pub fn negate(values: []i32) void {
    for (values) |*v| v.* = -%v.*;
}

pub fn bump(values: []u64) void {
    for (values) |*v| v.* +%= 1;
}

pub fn halve(values: []f32) void {
    for (values) |*v| v.* /= 2;
}

/// b[i] += k * a[i] over the shorter of the two; the number of elements.
pub fn axpy(k: f64, a: []const f64, b: []f64) u32 {
    const n = @min(a.len, b.len);
    for (0..n) |i| b[i] += k * a[i];
    return @intCast(n);
}

/// Eight parameters, four of them slices: the C entry has ten arguments
/// (receiver and options included), some of them on the stack.
pub fn many(a: []const f64, b: i32, c: []const f32, d: u32, e: []const i64, f: f64, g: []u64, h: bool) f64 {
    var t: f64 = sumF64(a) + @as(f64, @floatFromInt(b)) + sumF32(c) + @as(f64, @floatFromInt(d)) + sumI64(e) + f;
    for (g) |*v| {
        t += @floatFromInt(v.*);
        v.* = 7;
    }
    return if (h) t else -t;
}

/// Where an empty slice points (the low 32 bits), for checking that the
/// optimised call reaches the fast entry, which uses @alignOf(f64).
pub fn emptyAddress(values: []const f64) u32 {
    if (values.len != 0) return 0xffff_ffff;
    return @truncate(@intFromPtr(values.ptr));
}

/// Zig memory starting at an odd address, for misaligned typed arrays.
var raw: [41]u8 align(8) = [_]u8{0} ** 41;

pub fn oddBytes() []u8 {
    return raw[1..41];
}

/// Whether `values` is aligned for f64 (always, when it reaches Zig). The
/// address goes through a volatile variable: the optimiser would otherwise
/// assume what a `[]const f64` promises and answer true without looking.
pub fn aligned(values: []const f64) bool {
    var address: usize = 0;
    const v: *volatile usize = &address;
    v.* = @intFromPtr(values.ptr);
    return v.* % @alignOf(f64) == 0;
}

/// Not given a fast entry: a sentinel slice (a typed array is converted).
pub fn sumZ(values: [:0]const i32) i32 {
    var total: i32 = 0;
    for (values) |v| total +%= v;
    return total;
}

/// Not given a fast entry: 8-bit elements (V8 10.2 cannot pass them).
pub fn sumBytes(values: []const u8) u32 {
    var total: u32 = 0;
    for (values) |v| total += v;
    return total;
}
