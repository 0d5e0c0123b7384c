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
    const info = @typeInfo(@TypeOf(func)).@"fn";
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
        }
    };
}
