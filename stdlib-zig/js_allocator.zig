//! js_allocator.zig — the std.mem.Allocator that hands Zig JavaScript memory.
//!
//! The runtime fills every allocator field of an argument struct with
//! `{ .ptr = <its context>, .vtable = &vtable }` (the vtable's address reaches
//! it through zigar_module.js_allocator_vtable). Memory comes from host.alloc:
//! it belongs to JS and is freed by the garbage collector, so `free` only
//! tells the host that Zig let go early.

const std = @import("std");
const abi = @import("abi.zig");
const Alignment = std.mem.Alignment;

/// Set by zigar_module_entry before any function of the module can run.
pub var host: ?*const abi.Host = null;

pub const vtable: std.mem.Allocator.VTable = .{
    .alloc = alloc,
    .resize = resize,
    .remap = remap,
    .free = free,
};

fn alloc(ctx: *anyopaque, len: usize, alignment: Alignment, ret_addr: usize) ?[*]u8 {
    _ = ret_addr;
    const h = host orelse return null;
    const p = h.alloc(ctx, len, @intCast(alignment.toByteUnits())) orelse return null;
    return @ptrCast(p);
}

/// JS buffers cannot grow in place; shrinking is fine because the buffer
/// simply keeps its original size (the host frees by buffer, not by length).
fn resize(ctx: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool {
    _ = ctx;
    _ = alignment;
    _ = ret_addr;
    return new_len <= memory.len;
}

/// Never relocates: Allocator.realloc falls back to alloc + copy + free.
fn remap(ctx: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
    _ = ctx;
    _ = memory;
    _ = alignment;
    _ = new_len;
    _ = ret_addr;
    return null;
}

fn free(ctx: *anyopaque, memory: []u8, alignment: Alignment, ret_addr: usize) void {
    _ = ret_addr;
    const h = host orelse return;
    h.free(ctx, memory.ptr, memory.len, @intCast(alignment.toByteUnits()));
}
