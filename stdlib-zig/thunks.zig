//! thunks.zig — argument structs and C-ABI call thunks for exported functions.
//!
//! The runtime never calls a Zig function directly: Zig's own calling
//! convention is unspecified. Instead it writes the arguments into an
//! "argument struct" whose layout the metadata table describes (it is just
//! another STRUCT type), and calls `thunk(&args)`, a callconv(.c) function
//! generated here that unpacks the fields, makes the call and stores the
//! result back into the same struct.

const std = @import("std");

/// `struct { retval: R, error: u16 (error unions only), @"0": P0, … }`.
/// For `E!T` the retval is T; for noreturn it is void (nothing comes back).
pub fn ArgsStruct(comptime func: anytype) type {
    return ArgsStructOf(@TypeOf(func));
}

/// ArgsStruct by function type (callbacks have a type, not a function).
pub fn ArgsStructOf(comptime F: type) type {
    const info = @typeInfo(F).@"fn";
    const R = info.return_type.?;
    const returns_eu = @typeInfo(R) == .error_union;
    const Payload = if (returns_eu) @typeInfo(R).error_union.payload else R;
    // A noreturn payload (`fn () noreturn`, `fn () !noreturn`) has no value
    // to store; the slot stays as a zero-sized void so the layout is uniform.
    const Ret = if (Payload == noreturn) void else Payload;
    const extra: usize = if (returns_eu) 2 else 1;
    var fields: [info.params.len + extra]std.builtin.Type.StructField = undefined;
    fields[0] = field("retval", Ret);
    if (returns_eu) fields[1] = field("error", u16);
    for (info.params, 0..) |p, i| {
        fields[i + extra] = field(std.fmt.comptimePrint("{d}", .{i}), p.type.?);
    }
    return @Type(.{ .@"struct" = .{
        .layout = .auto,
        .fields = &fields,
        .decls = &.{},
        .is_tuple = false,
    } });
}

fn field(comptime name: [:0]const u8, comptime T: type) std.builtin.Type.StructField {
    return .{
        .name = name,
        .type = T,
        .default_value_ptr = null,
        .is_comptime = false,
        .alignment = @alignOf(T),
    };
}

pub fn returnsErrorUnion(comptime func: anytype) bool {
    return @typeInfo(@typeInfo(@TypeOf(func)).@"fn".return_type.?) == .error_union;
}

pub fn Thunk(comptime func: anytype) type {
    const F = @TypeOf(func);
    const info = @typeInfo(F).@"fn";
    const Args = ArgsStruct(func);
    return struct {
        pub fn call(raw: *anyopaque) callconv(.c) void {
            const args: *Args = @ptrCast(@alignCast(raw));
            var call_args: std.meta.ArgsTuple(F) = undefined;
            inline for (0..info.params.len) |i| {
                call_args[i] = @field(args, std.fmt.comptimePrint("{d}", .{i}));
            }
            // .auto rather than .always_inline: `pub inline fn` is inlined
            // regardless, and everything else keeps its own stack frame
            // (useful in stack traces of panics).
            const R = info.return_type.?;
            if (R == noreturn) {
                @call(.auto, func, call_args);
            } else if (@typeInfo(R) == .error_union) {
                if (@call(.auto, func, call_args)) |value| {
                    if (@TypeOf(value) != noreturn) args.retval = value;
                    args.@"error" = 0;
                } else |err| {
                    args.@"error" = @intFromError(err);
                }
            } else {
                args.retval = @call(.auto, func, call_args);
            }
            if (R != noreturn) clearPadding(@TypeOf(args.retval), &args.retval);
        }
    };
}

/// Zeroes the padding bytes of `value` (between and after struct fields,
/// recursively through structs and arrays). A returned struct is copied
/// byte for byte into JS memory and shown to users (console.log prints its
/// bytes); padding must not carry whatever the stack held before.
pub fn clearPadding(comptime T: type, value: *T) void {
    const mask = comptime dataMask(T);
    if (comptime std.mem.allEqual(bool, &mask, true)) return;
    const bytes: *[@sizeOf(T)]u8 = @ptrCast(value);
    inline for (mask, 0..) |is_data, i| {
        if (!is_data) bytes[i] = 0;
    }
}

/// Which bytes of T hold data (true) rather than padding (false).
fn dataMask(comptime T: type) [@sizeOf(T)]bool {
    @setEvalBranchQuota(100_000);
    var mask = [_]bool{true} ** @sizeOf(T);
    switch (@typeInfo(T)) {
        .@"struct" => |s| if (s.layout != .@"packed") {
            mask = [_]bool{false} ** @sizeOf(T);
            for (s.fields) |f| {
                if (f.is_comptime or @sizeOf(f.type) == 0) continue;
                const inner = dataMask(f.type);
                const at = @offsetOf(T, f.name);
                for (inner, 0..) |b, i| mask[at + i] = b;
            }
        },
        .array => |a| if (a.len > 0 and @sizeOf(a.child) > 0) {
            const inner = dataMask(a.child);
            for (0..a.len) |n| {
                for (inner, 0..) |b, i| mask[n * @sizeOf(a.child) + i] = b;
            }
        },
        else => {},
    }
    return mask;
}

/// The function as a V8 Fast API CFunction, or null when its signature has
/// types V8's fast calls cannot pass. Its C signature (C calling convention;
/// runtime/zig_fast.c maps the metadata to the same V8 types, see
/// shim/include/v8c.h) is `R entry(receiver, P0, …)`, the receiver ignored:
/// - bool, i32, u32, f32 and f64 parameters are passed as themselves;
/// - a slice `[]T` or `[]const T` of i32, u32, i64, u64, f32 or f64 (any
///   32- or 64-bit int) is passed as `*const FastTypedArray`: V8 calls the
///   entry only for a typed array of exactly that element type (Int32Array …
///   Float64Array, BigInt64Array for 64-bit ints), not detached, not shared,
///   and the slice is that array's memory (Zig's writes are visible, as on
///   the general path). Such entries take V8's FastApiCallbackOptions as a
///   last argument: when a typed array's data is not aligned for T (a buffer
///   over external memory may start anywhere), the entry sets `fallback`
///   and returns without calling, and V8 runs the classic callback instead;
/// - the result is void, bool, i32, u32, f32 or f64.
pub fn fastEntry(comptime func: anytype) ?*const anyopaque {
    const info = @typeInfo(@TypeOf(func)).@"fn";
    const R = info.return_type orelse return null;
    if (info.is_var_args or info.is_generic or info.params.len > 8) return null;
    if (R != void and !fastType(R)) return null;
    inline for (info.params) |p| {
        const T = p.type orelse return null;
        if (!fastType(T) and !fastSlice(T)) return null;
    }
    return @ptrCast(&FastEntry(func).entry);
}

fn fastType(comptime T: type) bool {
    return T == bool or T == i32 or T == u32 or T == f32 or T == f64;
}

/// Whether T is a slice V8 passes as a typed array: no sentinel, no explicit
/// alignment, not volatile or allowzero; elements of 32 or 64 bits (V8 10.2
/// has no 8- or 16-bit typed array arguments).
fn fastSlice(comptime T: type) bool {
    const p = switch (@typeInfo(T)) {
        .pointer => |p| p,
        else => return false,
    };
    if (p.size != .slice) return false;
    const E = p.child;
    if (T != []E and T != []const E) return false;
    return switch (@typeInfo(E)) {
        .int => |i| (i.bits == 32 or i.bits == 64) and @sizeOf(E) * 8 == i.bits,
        .float => |f| f.bits == 32 or f.bits == 64,
        else => false,
    };
}

/// V8's `FastApiTypedArray<T>` (v8c_fast_typed_array): the length in
/// elements, then the first element (V8 only promises 4-byte alignment).
const FastTypedArray = extern struct {
    length: usize,
    data: usize,
};

/// V8's `FastApiCallbackOptions` (v8c_fast_options).
const FastOptions = extern struct {
    fallback: bool,
    data: usize,
};

fn FastArg(comptime T: type) type {
    return if (fastSlice(T)) *const FastTypedArray else T;
}

fn FastEntry(comptime func: anytype) type {
    const info = @typeInfo(@TypeOf(func)).@"fn";
    const R = info.return_type.?;
    const n = info.params.len;
    const has_options = comptime blk: {
        var any = false;
        for (info.params) |p| any = any or fastSlice(p.type.?);
        break :blk any;
    };
    const C = struct {
        /// The type of C argument `i` (after the receiver).
        fn at(comptime i: usize) type {
            if (i < n) return FastArg(info.params[i].type.?);
            if (i == n and has_options) return *FastOptions;
            return void;
        }

        /// Calls `func` with the C arguments `c` (the parameters, then the
        /// options when there are slices).
        inline fn call(c: anytype) R {
            var args: std.meta.ArgsTuple(@TypeOf(func)) = undefined;
            inline for (0..n) |i| {
                const T = info.params[i].type.?;
                if (comptime fastSlice(T)) {
                    const E = @typeInfo(T).pointer.child;
                    const ta: *const FastTypedArray = c[i];
                    if (ta.length == 0) {
                        // any address will do, but it must be a valid one
                        const empty: [*]E = @ptrFromInt(@alignOf(E));
                        args[i] = empty[0..0];
                    } else if (ta.data % @alignOf(E) != 0) {
                        c[n].fallback = true;
                        return std.mem.zeroes(R);
                    } else {
                        const ptr: [*]E = @ptrFromInt(ta.data);
                        args[i] = ptr[0..ta.length];
                    }
                } else {
                    args[i] = c[i];
                }
            }
            return @call(.auto, func, args);
        }
    };
    return CEntry(C, R, n + @intFromBool(has_options));
}

/// A C function of the receiver and `count` arguments of types C.at(0),
/// C.at(1), … that hands those arguments to `C.call` as a tuple (one case
/// per arity: Zig cannot make a function of a computed parameter list).
fn CEntry(comptime C: type, comptime R: type, comptime count: usize) type {
    const A0 = C.at(0);
    const A1 = C.at(1);
    const A2 = C.at(2);
    const A3 = C.at(3);
    const A4 = C.at(4);
    const A5 = C.at(5);
    const A6 = C.at(6);
    const A7 = C.at(7);
    const A8 = C.at(8);
    return switch (count) {
        0 => struct {
            fn entry(_: ?*anyopaque) callconv(.c) R {
                return C.call(.{});
            }
        },
        1 => struct {
            fn entry(_: ?*anyopaque, a0: A0) callconv(.c) R {
                return C.call(.{a0});
            }
        },
        2 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1) callconv(.c) R {
                return C.call(.{ a0, a1 });
            }
        },
        3 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2) callconv(.c) R {
                return C.call(.{ a0, a1, a2 });
            }
        },
        4 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3 });
            }
        },
        5 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3, a4: A4) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3, a4 });
            }
        },
        6 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3, a4, a5 });
            }
        },
        7 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3, a4, a5, a6 });
            }
        },
        8 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3, a4, a5, a6, a7 });
            }
        },
        9 => struct {
            fn entry(_: ?*anyopaque, a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8) callconv(.c) R {
                return C.call(.{ a0, a1, a2, a3, a4, a5, a6, a7, a8 });
            }
        },
        else => unreachable,
    };
}

// ---- direct entries -------------------------------------------------------------
//
// A by-value struct argument cannot be a V8 Fast API argument, but its
// address can: stdlib-js (zig_call.js) already knows where a data object's
// bytes are. So a function taking numbers, by-value structs/unions/arrays/
// vectors without pointers, and single-item pointers gets a second CFunction,
// the direct entry, called through a native that stdlib-js keeps to itself
// (it trusts the addresses it is given): addresses arrive as doubles, the
// entry reads the bytes itself and returns the result as the C result — no
// argument struct, no inputs array, no DataView read (runtime/zig_fast.c,
// "direct entries"). runtime/zig_abi.h (zigar_function.direct_entry)
// describes the C signature; `directSignature` spells it out for the
// runtime to check against its own reading of the metadata.

const abi = @import("abi.zig");

/// zigar_module.direct_host: the runtime's stop flags, read before every call.
pub var direct_host: abi.DirectHost = .{ .module_stop = null, .global_stop = null };

/// The letter of parameter type T in a direct entry's signature, or null
/// when T cannot be passed to one.
fn directLetter(comptime T: type) ?u8 {
    switch (@typeInfo(T)) {
        .bool => return 'b',
        // also c_int, c_ushort… (types of their own, the same numbers)
        .int => |i| return switch (i.bits) {
            8 => if (i.signedness == .signed) 'c' else 'C',
            16 => if (i.signedness == .signed) 's' else 'S',
            32 => if (i.signedness == .signed) 'i' else 'I',
            else => null,
        },
        .float => |f| return switch (f.bits) {
            32 => 'f',
            64 => 'd',
            else => null,
        },
        .@"struct", .@"union", .array, .vector => {
            if (@sizeOf(T) == 0 or holdsPointers(T)) return null;
            return 'v';
        },
        .pointer => |p| {
            if (p.size != .one or p.is_allowzero) return null;
            switch (@typeInfo(p.child)) {
                .@"opaque", .@"fn", .noreturn => return null,
                else => {},
            }
            if (@sizeOf(p.child) == 0 or p.alignment != @alignOf(p.child)) return null;
            return 'p';
        },
        else => return null,
    }
}

/// Whether a value of T contains a pointer anywhere (stdlib-js passes such
/// values by value only through the general path, which resolves them).
fn holdsPointers(comptime T: type) bool {
    @setEvalBranchQuota(100_000);
    return switch (@typeInfo(T)) {
        .pointer => true,
        .@"struct" => |s| for (s.fields) |f| {
            if (!f.is_comptime and holdsPointers(f.type)) break true;
        } else false,
        .@"union" => |u| for (u.fields) |f| {
            if (holdsPointers(f.type)) break true;
        } else false,
        .array => |a| holdsPointers(a.child),
        .vector => |v| holdsPointers(v.child),
        .optional => |o| holdsPointers(o.child),
        .error_union => |e| holdsPointers(e.payload),
        else => false,
    };
}

fn directResultLetter(comptime R: type) ?u8 {
    if (R == void) return 'x';
    return switch (@typeInfo(R)) {
        .bool, .int, .float => directLetter(R),
        else => null,
    };
}

/// The direct entry's C signature (zigar_function.direct_signature), or
/// null when the function has none.
pub fn directSignature(comptime func: anytype) ?[*:0]const u8 {
    return comptime blk: {
        const info = @typeInfo(@TypeOf(func)).@"fn";
        if (info.is_var_args or info.is_generic or info.params.len > 8) break :blk null;
        const R = info.return_type orelse break :blk null;
        const r = directResultLetter(R) orelse break :blk null;
        var sig: [:0]const u8 = "";
        for (info.params) |p| {
            const T = p.type orelse break :blk null;
            sig = sig ++ [1]u8{directLetter(T) orelse break :blk null};
        }
        const out = sig ++ ":" ++ [1]u8{r};
        break :blk out;
    };
}

/// The direct entry (zigar_function.direct_entry), or null.
pub fn directEntry(comptime func: anytype) ?*const anyopaque {
    if (directSignature(func) == null) return null;
    return @ptrCast(&DirectEntry(func).entry);
}

/// The C type of a direct entry's argument or result for Zig type T.
fn DirectC(comptime T: type) type {
    return switch (comptime directResultLetter(T) orelse directLetter(T).?) {
        'b' => bool,
        'c', 's', 'i' => i32,
        'C', 'S', 'I' => u32,
        'f' => f32,
        'd', 'v', 'p' => f64,
        'x' => void,
        else => unreachable,
    };
}

fn DirectEntry(comptime func: anytype) type {
    const F = @TypeOf(func);
    const info = @typeInfo(F).@"fn";
    const R = info.return_type.?;
    const CR = DirectC(R);
    const n = info.params.len;
    const C = struct {
        fn at(comptime i: usize) type {
            if (i < n) return DirectC(info.params[i].type.?);
            if (i == n) return *FastOptions;
            return void;
        }

        /// Asks V8 for the classic callback (runtime/zig_fast.c).
        fn fallback(options: *FastOptions) CR {
            @branchHint(.unlikely);
            options.fallback = true;
            return std.mem.zeroes(CR);
        }

        /// Calls `func` with the C arguments `c` (the parameters, then the options).
        inline fn call(c: anytype) CR {
            // two loads, no call: a call here measured 2 ns of sumPoint's 9.6
            const module_stop = direct_host.module_stop orelse return fallback(c[n]);
            const global_stop = direct_host.global_stop orelse return fallback(c[n]);
            if (module_stop.* != 0 or global_stop.* != 0) return fallback(c[n]);
            var args: std.meta.ArgsTuple(F) = undefined;
            inline for (0..n) |i| {
                const T = info.params[i].type.?;
                args[i] = switch (comptime directLetter(T).?) {
                    // the caller checked the range: a plain truncation
                    'c', 's', 'i', 'C', 'S', 'I' => @truncate(c[i]),
                    // the bytes may sit at any address (a DataView at an odd offset)
                    'v' => @as(*align(1) const T, @ptrFromInt(@as(usize, @intFromFloat(c[i])))).*,
                    'p' => @as(T, @ptrFromInt(@as(usize, @intFromFloat(c[i])))),
                    else => c[i],
                };
            }
            const r = @call(.auto, func, args);
            if (CR == void) return;
            return r;
        }
    };
    // the parameters, then the options
    return CEntry(C, CR, n + 1);
}
