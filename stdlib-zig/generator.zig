//! generator.zig — zigar.function.Generator(T) (SPEC C, docs/threads.md).
//!
//! Like Promise(T) (promise.zig), two words: a context pointer and a
//! function receiving it with a value; `yield(v)` is `callback(ptr, v)` and
//! returns whether the consumer still wants values. A Zig function with a
//! Generator(T) parameter is called from JS without it and returns an async
//! iterator (`for await (const x of f())`): the runtime fills the value with
//! `{ <its handle>, Yield(T).yield }`. T is normally an optional (`?X`):
//! `yield(null)` (or `end()`) ends the loop; for an error union (`!?X`) a
//! Zig error makes the loop throw. `yield` works from any thread; from a
//! thread other than the JS thread it waits until JS has taken the value.
//! It returns false once the consumer stopped (break / return from the
//! for-await) or the generator ended: stop then. Pointer arguments of the
//! call stay valid until the generator ends or Zig saw `false`.
//!
//! The exporter lists each Generator(T) in the module's `promises` table
//! (flag PROMISE_GENERATOR) as a GENERATOR type.

const std = @import("std");
const abi = @import("abi.zig");
const thunks = @import("thunks.zig");
const js_allocator = @import("js_allocator.zig");

pub fn Generator(comptime T: type) type {
    return struct {
        ptr: ?*anyopaque = null,
        callback: *const fn (?*anyopaque, T) bool,

        const Self = @This();

        /// The value type.
        pub const payload = T;
        /// Marks the type for the exporter (isGenerator below).
        pub const zigar_generator = true;

        /// A generator that calls `cb(ptr, value)` per value (cb returns
        /// bool: whether more values are wanted).
        pub fn init(ptr: ?*const anyopaque, cb: anytype) Self {
            const F = @TypeOf(cb);
            const fp = if (@typeInfo(F) == .@"fn") &cb else cb;
            return .{ .ptr = @constCast(ptr), .callback = @ptrCast(fp) };
        }

        /// Hands `value` to the consumer; false when it stopped (or the
        /// generator has ended): do not yield again then.
        pub fn yield(self: Self, value: T) bool {
            return self.callback(self.ptr, value);
        }

        /// Ends the generator (`yield(null)`); T must be an optional (or an
        /// error union of one).
        pub fn end(self: Self) void {
            _ = self.callback(self.ptr, null);
        }

        /// Yields every value of `iter.next()` (an iterator whose `next`
        /// returns ?X or !?X) until it gives null or the consumer stops, then
        /// ends the generator (an error ends it by throwing in the loop).
        pub fn pipe(self: Self, iter: anytype) void {
            var it = iter;
            while (true) {
                const r = it.next();
                const v = if (@typeInfo(@TypeOf(r)) == .error_union)
                    (r catch |e| {
                        if (comptime @typeInfo(T) == .error_union) _ = self.callback(self.ptr, e);
                        return;
                    })
                else
                    r;
                if (v) |x| {
                    if (!self.callback(self.ptr, x)) return;
                } else {
                    _ = self.callback(self.ptr, null);
                    return;
                }
            }
        }
    };
}

pub fn isGenerator(comptime T: type) bool {
    if (@typeInfo(T) != .@"struct") return false;
    if (!@hasDecl(T, "zigar_generator") or !@hasDecl(T, "payload")) return false;
    if (@TypeOf(T.payload) != type) return false;
    return T == Generator(T.payload);
}

/// The runtime's side of Generator(T).
pub fn Yield(comptime T: type) type {
    return struct {
        /// The argument struct the runtime reads: "retval" (bool), "0" the
        /// generator's ptr, "1" the value.
        pub const Args = thunks.ArgsStructOf(fn (?*anyopaque, T) bool);

        /// The `callback` of generators the runtime makes.
        pub fn yield(ptr: ?*anyopaque, value: T) bool {
            var args: Args = undefined;
            args.retval = false;
            args.@"0" = ptr;
            args.@"1" = value;
            const h = js_allocator.host orelse @panic("zigar: generator used before the module was loaded");
            const f = h.generator_yield orelse @panic("zigar: this host has no generators");
            return f(ptr, @ptrCast(&args)) != 0;
        }

        /// For the runtime's table (zigar_promise.resolve): a JS function
        /// cannot be given a Generator; this runs `generator.yield`.
        pub fn resolve(gen: *const anyopaque, args: *anyopaque) callconv(.c) void {
            const g: *const Generator(T) = @ptrCast(@alignCast(gen));
            const a: *Args = @ptrCast(@alignCast(args));
            a.retval = g.yield(a.@"1");
        }
    };
}
