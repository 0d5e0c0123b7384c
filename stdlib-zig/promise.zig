//! promise.zig — zigar.function.Promise(T) (SPEC C, docs/threads.md).
//!
//! A Promise is two words: a context pointer and a function that receives
//! it with the value, `resolve(v)` being `callback(ptr, v)`. That makes one
//! type serve both directions:
//!   - JS calls a Zig function that has a Promise(T) parameter: the parameter
//!     is omitted from the JS call, which returns a JS Promise; the runtime
//!     fills the Zig value with `{ <its handle>, Settle(T).settle }`, and
//!     `settle` hands the value to the runtime (host.promise_settle), from
//!     any thread. Pointer arguments of the call stay valid until then.
//!   - Zig passes a Promise(T) to a JS function (`Promise.init(ctx, fn)`):
//!     the JS function's own result (awaited when it is a JS Promise) settles
//!     it through Settle(T).resolve.
//! The exporter describes each Promise(T) as a PROMISE type (abi.zig) and
//! lists a zigar_promise per type (settle, resolve, the argument struct).

const std = @import("std");
const abi = @import("abi.zig");
const thunks = @import("thunks.zig");
const js_allocator = @import("js_allocator.zig");

pub fn Promise(comptime T: type) type {
    return struct {
        ptr: ?*anyopaque = null,
        callback: *const fn (?*anyopaque, T) void,

        const Self = @This();

        /// The value type.
        pub const payload = T;
        /// Marks the type for the exporter (isPromise below).
        pub const zigar_promise = true;

        /// A promise that calls `cb(ptr, value)` when resolved. `cb` is a
        /// function or function pointer whose first parameter is a pointer
        /// (any pointer type: `ptr` is passed as is) and whose second is T.
        pub fn init(ptr: ?*const anyopaque, cb: anytype) Self {
            const F = @TypeOf(cb);
            const fp = if (@typeInfo(F) == .@"fn") &cb else cb;
            return .{ .ptr = @constCast(ptr), .callback = @ptrCast(fp) };
        }

        /// Settles the promise with `value` (for an error union T, a Zig
        /// error rejects the JS promise). Call it exactly once, from any
        /// thread.
        pub fn resolve(self: Self, value: T) void {
            self.callback(self.ptr, value);
        }
    };
}

pub fn isPromise(comptime T: type) bool {
    if (@typeInfo(T) != .@"struct") return false;
    if (!@hasDecl(T, "zigar_promise") or !@hasDecl(T, "payload")) return false;
    if (@TypeOf(T.payload) != type) return false;
    return T == Promise(T.payload);
}

/// The runtime's side of Promise(T).
pub fn Settle(comptime T: type) type {
    return struct {
        /// The argument struct the runtime reads: "retval" (void), "0" the
        /// promise's ptr, "1" the value.
        pub const Args = thunks.ArgsStructOf(fn (?*anyopaque, T) void);

        /// The `callback` of promises the runtime makes.
        pub fn settle(ptr: ?*anyopaque, value: T) void {
            var args: Args = undefined;
            args.@"0" = ptr;
            args.@"1" = value;
            const h = js_allocator.host orelse @panic("zigar: promise resolved before the module was loaded");
            const f = h.promise_settle orelse @panic("zigar: this host cannot settle promises");
            f(ptr, @ptrCast(&args));
        }

        /// `promise.resolve(args."1")`, for the runtime (C calling convention).
        pub fn resolve(promise: *const anyopaque, args: *anyopaque) callconv(.c) void {
            const p: *const Promise(T) = @ptrCast(@alignCast(promise));
            const a: *Args = @ptrCast(@alignCast(args));
            p.resolve(a.@"1");
        }
    };
}
