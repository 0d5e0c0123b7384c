//! probes.zig — measure, at run time, the layouts Zig does not define.
//!
//! Optionals, error unions and auto-layout unions have no specified layout,
//! and comptime code cannot reinterpret their bytes (@bitCast and pointer
//! reinterpretation of auto-layout values are rejected at comptime). So the
//! exporter generates one probe per such type; zigar_module_entry runs them
//! once and writes the results into the (mutable) type table. A probe writes
//! real values through a non-inlined store so the optimizer cannot fold the
//! bytes, then looks at them.

const std = @import("std");

pub const Result = struct { a: u32, b: u32 };
pub const Fn = *const fn () Result;

/// Bytes of a `T` that are all zero: a stand-in payload value. Copying it is
/// fine even where zero is not a valid T (a non-null pointer, an enum without
/// a 0 tag): the probe only copies it, never interprets it.
fn zeroed(comptime T: type) T {
    var v: T = undefined;
    @memset(std.mem.asBytes(&v), 0);
    return v;
}

fn store(comptime T: type, dest: *T, value: T) void {
    @call(.never_inline, storeImpl, .{ T, dest, value });
}

fn storeImpl(comptime T: type, dest: *T, value: T) void {
    dest.* = value;
}

fn snapshot(comptime T: type, fill: u8, value: T) [@sizeOf(T)]u8 {
    var x: T = undefined;
    @memset(std.mem.asBytes(&x), fill);
    store(T, &x, value);
    return std.mem.asBytes(&x).*;
}

/// A layout the probe could not find (should not happen; visible in dumps).
pub const none: u32 = std.math.maxInt(u32);

/// `?T` without the null-pointer representation: payload at 0, the
/// "present" bool at the returned offset `a`.
pub fn optional(comptime O: type) Result {
    const P = @typeInfo(O).optional.child;
    const p = zeroed(P);
    const n0 = snapshot(O, 0x00, null);
    const n1 = snapshot(O, 0xff, null);
    const p0 = snapshot(O, 0x00, p);
    const p1 = snapshot(O, 0xff, p);
    // The flag is the byte that is 0 for null and 1 for a value whatever the
    // surrounding bytes held; payload bytes are 0 in both value snapshots.
    var i: usize = @sizeOf(O);
    while (i > 0) {
        i -= 1;
        if (n0[i] == 0 and n1[i] == 0 and p0[i] == 1 and p1[i] == 1) return .{ .a = @intCast(i), .b = 0 };
    }
    return .{ .a = none, .b = 0 };
}

/// `E!T`: payload offset `a`, u16 error code offset `b`.
pub fn errorUnion(comptime EU: type) Result {
    const info = @typeInfo(EU).error_union;
    const P = info.payload;
    var a: u32 = 0;
    if (P != noreturn and @sizeOf(P) > 0) {
        var eu: EU = undefined;
        store(EU, &eu, zeroed(P));
        if (eu) |*payload| {
            a = @intCast(@intFromPtr(payload) - @intFromPtr(&eu));
        } else |_| unreachable;
    }
    const payload_end = a + (if (P == noreturn) 0 else @sizeOf(P));
    // With a value stored, the error slot reads 0 however the memory was
    // filled before; with an error stored it reads that error's code.
    var zero_at: [@sizeOf(EU)]bool = @splat(false);
    if (P != noreturn) {
        const v1 = snapshot(EU, 0xff, zeroed(P));
        const v2 = snapshot(EU, 0x5a, zeroed(P));
        var i: usize = 0;
        while (i + 1 < @sizeOf(EU)) : (i += 2) {
            const outside = i + 2 <= a or i >= payload_end;
            zero_at[i] = outside and v1[i] == 0 and v1[i + 1] == 0 and v2[i] == 0 and v2[i + 1] == 0;
        }
    } else {
        @memset(&zero_at, true);
    }
    if (anError(info.error_set)) |err| {
        const code: u16 = @intFromError(err);
        const e0 = snapshot(EU, 0x00, err);
        const e1 = snapshot(EU, 0xff, err);
        var i: usize = 0;
        while (i + 1 < @sizeOf(EU)) : (i += 2) {
            const c0 = std.mem.readInt(u16, e0[i..][0..2], .little);
            const c1 = std.mem.readInt(u16, e1[i..][0..2], .little);
            if (zero_at[i] and c0 == code and c1 == code) return .{ .a = a, .b = @intCast(i) };
        }
        return .{ .a = a, .b = none };
    }
    // An empty error set: no error can be stored, take the slot that a value
    // zeroes outside the payload.
    for (zero_at, 0..) |z, i| if (z) return .{ .a = a, .b = @intCast(i) };
    return .{ .a = a, .b = none };
}

fn anError(comptime E: type) ?E {
    const set = @typeInfo(E).error_set orelse return @as(E, error.ZigarLayoutProbe);
    if (set.len == 0) return null;
    // Through anyerror: @field on an inferred error set is not implemented
    // in 0.15 ("TODO handle inferred error sets here").
    return @as(E, @errorCast(@field(anyerror, set[0].name)));
}

/// Auto-layout tagged union: payload offset `a`, tag offset `b`.
/// Bare auto unions (which carry a hidden safety tag in Debug/ReleaseSafe)
/// get the payload offset only.
pub fn taggedUnion(comptime U: type) Result {
    const info = @typeInfo(U).@"union";
    var a: u32 = 0;
    var b: u32 = 0;
    // The payload: address of the largest field while it is active.
    const big = comptime largestField(U);
    if (big) |name| {
        const F = @FieldType(U, name);
        var u: U = undefined;
        store(U, &u, @unionInit(U, name, zeroed(F)));
        a = @intCast(@intFromPtr(&@field(u, name)) - @intFromPtr(&u));
    }
    if (HiddenTag(U)) |Int| {
        // The hidden tag holds the active field's index, past the payload.
        b = none;
        const f0 = info.fields[0];
        const f1 = info.fields[1];
        const s00 = snapshot(U, 0x00, @unionInit(U, f0.name, zeroed(f0.type)));
        const s01 = snapshot(U, 0xff, @unionInit(U, f0.name, zeroed(f0.type)));
        const s10 = snapshot(U, 0x00, @unionInit(U, f1.name, zeroed(f1.type)));
        const s11 = snapshot(U, 0xff, @unionInit(U, f1.name, zeroed(f1.type)));
        var i: usize = comptime maxFieldSize(U);
        while (i + @sizeOf(Int) <= @sizeOf(U)) : (i += 1) {
            if (readTag(Int, s00[i..][0..@sizeOf(Int)]) == 0 and readTag(Int, s01[i..][0..@sizeOf(Int)]) == 0 and
                readTag(Int, s10[i..][0..@sizeOf(Int)]) == 1 and readTag(Int, s11[i..][0..@sizeOf(Int)]) == 1)
            {
                b = @intCast(i);
                break;
            }
        }
    }
    if (info.tag_type) |Tag| {
        const Int = @typeInfo(Tag).@"enum".tag_type;
        if (@sizeOf(Int) == 0) return .{ .a = a, .b = 0 };
        // Find the tag by writing a field whose tag is non-zero (payload 0).
        // Only outside the payload: the bytes a smaller field leaves
        // undefined there may hold anything, the tag value included.
        b = none;
        const payload_end = a + comptime maxFieldSize(U);
        inline for (info.fields) |f| {
            const v: Int = @intFromEnum(@field(Tag, f.name));
            if (b == none and v != 0) {
                const F = f.type;
                const s0 = snapshot(U, 0x00, @unionInit(U, f.name, zeroed(F)));
                const s1 = snapshot(U, 0xff, @unionInit(U, f.name, zeroed(F)));
                var i: usize = 0;
                while (i + @sizeOf(Int) <= @sizeOf(U)) : (i += @alignOf(Int)) {
                    const t0 = readTag(Int, s0[i..][0..@sizeOf(Int)]);
                    const t1 = readTag(Int, s1[i..][0..@sizeOf(Int)]);
                    const outside = i + @sizeOf(Int) <= a or i >= payload_end;
                    if (outside and t0 == v and t1 == v) {
                        b = @intCast(i);
                        break;
                    }
                }
            }
        }
        if (b == none) {
            // Every tag is 0 (one field): the tag is the slot a store zeroes
            // outside the payload.
            const f = info.fields[0];
            const s1 = snapshot(U, 0xff, @unionInit(U, f.name, zeroed(f.type)));
            const end = a + @sizeOf(f.type);
            var i: usize = 0;
            while (i + @sizeOf(Int) <= @sizeOf(U)) : (i += @alignOf(Int)) {
                if ((i + @sizeOf(Int) <= a or i >= end) and std.mem.allEqual(u8, s1[i..][0..@sizeOf(Int)], 0)) {
                    b = @intCast(i);
                    break;
                }
            }
        }
    }
    return .{ .a = a, .b = b };
}

/// A tag int of odd width (u2) occupies whole bytes; its value is the low bits.
fn readTag(comptime Int: type, bytes: *const [@sizeOf(Int)]u8) Int {
    const Whole = std.meta.Int(.unsigned, @sizeOf(Int) * 8);
    const Bits = std.meta.Int(.unsigned, @bitSizeOf(Int));
    return @bitCast(@as(Bits, @truncate(std.mem.readInt(Whole, bytes, .little))));
}

/// The type of the hidden tag Zig adds to a bare auto-layout union in
/// Debug and ReleaseSafe so that reading an inactive field panics. Zig does
/// not expose it; we assume it is the int a `union(enum)` of the same fields
/// would use (IntFittingRange(0, n - 1)) and the probe confirms the offset.
pub fn HiddenTag(comptime U: type) ?type {
    const info = @typeInfo(U).@"union";
    if (info.layout != .auto or info.tag_type != null or info.fields.len < 2) return null;
    const builtin = @import("builtin");
    if (builtin.mode != .Debug and builtin.mode != .ReleaseSafe) return null;
    for (info.fields) |f| {
        if (@import("exporter.zig").isComptimeOnly(f.type)) return null;
    }
    return std.math.IntFittingRange(0, info.fields.len - 1);
}

fn maxFieldSize(comptime U: type) usize {
    var size: usize = 0;
    for (@typeInfo(U).@"union".fields) |f| size = @max(size, @sizeOf(f.type));
    return size;
}

fn largestField(comptime U: type) ?[:0]const u8 {
    var best: ?[:0]const u8 = null;
    var size: usize = 0;
    for (@typeInfo(U).@"union".fields) |f| {
        if (@sizeOf(f.type) > size) {
            size = @sizeOf(f.type);
            best = f.name;
        }
    }
    return best;
}
