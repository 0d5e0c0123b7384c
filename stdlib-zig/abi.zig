//! abi.zig — the Zig mirror of runtime/zig_abi.h, field for field.
//!
//! The C header is the single source of truth. Every struct here is an
//! `extern struct` so the compiler lays it out exactly as the C compiler
//! does; the size/offset assertions at the bottom (mirrored by the
//! _Static_asserts in runtime/zig_dump.c) catch a drift on either side at
//! build time instead of as a crash in the loader.

pub const ABI_VERSION: u32 = 1;
pub const ENTRY_SYMBOL = "zigar_module_entry";

/// zigar_kind. Kept as plain u32 constants (not a Zig enum) because the table
/// stores a u32 and the C side may gain values we do not know about.
pub const KIND_VOID: u32 = 0;
pub const KIND_BOOL: u32 = 1;
pub const KIND_INT: u32 = 2;
pub const KIND_FLOAT: u32 = 3;
pub const KIND_STRUCT: u32 = 4;
pub const KIND_UNION: u32 = 5;
pub const KIND_ENUM: u32 = 6;
pub const KIND_ERROR_SET: u32 = 7;
pub const KIND_ERROR_UNION: u32 = 8;
pub const KIND_OPTIONAL: u32 = 9;
pub const KIND_ARRAY: u32 = 10;
pub const KIND_VECTOR: u32 = 11;
pub const KIND_POINTER: u32 = 12;
pub const KIND_OPAQUE: u32 = 13;
pub const KIND_FUNCTION: u32 = 14;
pub const KIND_TYPE: u32 = 15;
pub const KIND_COMPTIME_INT: u32 = 16;
pub const KIND_COMPTIME_FLOAT: u32 = 17;
pub const KIND_ENUM_LITERAL: u32 = 18;
pub const KIND_NULL: u32 = 19;
pub const KIND_UNDEFINED: u32 = 20;
pub const KIND_NORETURN: u32 = 21;
pub const KIND_ALLOCATOR: u32 = 22;
pub const KIND_UNSUPPORTED: u32 = 23;
pub const KIND_PROMISE: u32 = 24;
pub const KIND_GENERATOR: u32 = 25;
pub const KIND_ABORT_SIGNAL: u32 = 26;

// flags of Type
pub const FLAG_SIGNED: u32 = 1 << 0;
pub const FLAG_EXTERN: u32 = 1 << 1;
pub const FLAG_PACKED: u32 = 1 << 2;
pub const FLAG_TUPLE: u32 = 1 << 3;
pub const FLAG_HAS_SENTINEL: u32 = 1 << 4;
pub const FLAG_CONST: u32 = 1 << 5;
pub const FLAG_PTR_ONE: u32 = 1 << 6;
pub const FLAG_PTR_MANY: u32 = 1 << 7;
pub const FLAG_PTR_SLICE: u32 = 1 << 8;
pub const FLAG_PTR_C: u32 = 1 << 9;
pub const FLAG_ALLOWZERO: u32 = 1 << 10;
pub const FLAG_NON_EXHAUSTIVE: u32 = 1 << 11;
pub const FLAG_ANYERROR: u32 = 1 << 12;
pub const FLAG_CALLCONV_C: u32 = 1 << 13;
pub const FLAG_VARIADIC: u32 = 1 << 14;
pub const FLAG_COMPTIME_ONLY: u32 = 1 << 15;
pub const FLAG_OPTIONAL_PTR_NULL: u32 = 1 << 16;
pub const FLAG_TAGGED: u32 = 1 << 17;
pub const FLAG_OPTIONAL_ZERO_NULL: u32 = 1 << 18;

// flags of Member
pub const MEMBER_COMPTIME: u32 = 1 << 0;
pub const MEMBER_HAS_DEFAULT: u32 = 1 << 1;

// zigar_decl_kind
pub const DECL_TYPE: u32 = 0;
pub const DECL_FUNCTION: u32 = 1;
pub const DECL_CONST: u32 = 2;
pub const DECL_VAR: u32 = 3;
pub const DECL_COMPTIME: u32 = 4;

// flags of Function
pub const FN_RETURNS_ERROR_UNION: u32 = 1 << 0;
pub const FN_METHOD: u32 = 1 << 1;

pub const Type = extern struct {
    kind: u32,
    flags: u32,
    name: [*:0]const u8,
    size: u64,
    alignment: u32,
    bits: u32,
    child: i32,
    child2: i32,
    length: u64,
    member_start: u32,
    member_count: u32,
    decl_start: u32,
    decl_count: u32,
    sentinel: ?*const anyopaque,
    offset_a: u32,
    offset_b: u32,
};

pub const Member = extern struct {
    name: ?[*:0]const u8,
    type: i32,
    flags: u32,
    bit_offset: u64,
    bit_size: u64,
    value: i64,
    default_value: ?*const anyopaque,
};

pub const Decl = extern struct {
    name: [*:0]const u8,
    kind: u32,
    type: i32,
    address: ?*const anyopaque,
    function: i32,
    reserved: u32,
};

pub const Thunk = *const fn (args: *anyopaque) callconv(.c) void;

pub const Function = extern struct {
    name: [*:0]const u8,
    type: i32,
    args_type: i32,
    thunk: Thunk,
    flags: u32,
    reserved: u32,
    fast_entry: ?*const anyopaque,
    // appended: thunks.zig directEntry / directSignature
    direct_entry: ?*const anyopaque,
    direct_signature: ?[*:0]const u8,
};

/// zigar_direct_host: filled by the runtime before it uses a direct entry.
pub const DirectHost = extern struct {
    module_stop: ?*const u8,
    global_stop: ?*const usize,
};

pub const Callback = extern struct {
    type: i32,
    args_type: i32,
    handler: *const anyopaque,
    flags: u32,
    reserved: u32,
};

// what Host.call_js returns (ZIGAR_CALL_*)
pub const CALL_OK: i32 = 0;
pub const CALL_FAILED: i32 = 1;
pub const CALL_UNEXPECTED: i32 = 2;
pub const CALL_RELEASED: i32 = 3;
pub const CALL_WRONG_THREAD: i32 = 4;
pub const CALL_DEADLOCK: i32 = 5;
pub const CALL_DISABLED: i32 = 6;

// what Host.thread_use returns (ZIGAR_THREAD_*)
pub const THREAD_OK: i32 = 0;
pub const THREAD_DISABLED: i32 = 1;

// flags of Promise (ZIGAR_PROMISE_*)
pub const PROMISE_HAS_POINTERS: u32 = 1 << 0;
pub const PROMISE_ERROR_UNION: u32 = 1 << 1;
pub const PROMISE_GENERATOR: u32 = 1 << 2;

pub const Promise = extern struct {
    type: i32,
    args_type: i32,
    settle: *const anyopaque,
    resolve: *const fn (promise: *const anyopaque, args: *anyopaque) callconv(.c) void,
    flags: u32,
    reserved: u32,
};

pub const Host = extern struct {
    abi_version: u32,
    reserved: u32,
    alloc: *const fn (context: ?*anyopaque, len: usize, alignment: u32) callconv(.c) ?*anyopaque,
    free: *const fn (context: ?*anyopaque, ptr: ?*anyopaque, len: usize, alignment: u32) callconv(.c) void,
    // null in hosts that do not run JS (tests/zig-exporter's driver)
    closure_context: ?*const fn () callconv(.c) ?*anyopaque,
    call_js: ?*const fn (context: ?*anyopaque, args: *anyopaque) callconv(.c) i32,
    release_function: ?*const fn (func: ?*const anyopaque) callconv(.c) void,
    thread_use: ?*const fn () callconv(.c) i32,
    thread_end: ?*const fn () callconv(.c) void,
    promise_settle: ?*const fn (ptr: ?*anyopaque, args: *anyopaque) callconv(.c) void,
    generator_yield: ?*const fn (ptr: ?*anyopaque, args: *anyopaque) callconv(.c) i32,
};

pub const Module = extern struct {
    abi_version: u32,
    flags: u32,
    name: [*:0]const u8,
    zig_version: [*:0]const u8,
    optimize: [*:0]const u8,
    types: [*]const Type,
    type_count: u32,
    root_type: i32,
    members: [*]const Member,
    member_count: u32,
    decl_count: u32,
    decls: [*]const Decl,
    functions: [*]const Function,
    function_count: u32,
    reserved: u32,
    js_allocator_vtable: ?*const anyopaque,
    callbacks: [*]const Callback,
    callback_count: u32,
    reserved2: u32,
    allocator_alloc: *const fn (allocator: *const anyopaque, len: usize, alignment: u32) callconv(.c) ?*anyopaque,
    promises: [*]const Promise,
    promise_count: u32,
    reserved3: u32,
    // appended
    direct_host: *DirectHost,
};

pub const EntryFn = *const fn (host: *const Host) callconv(.c) *const Module;

// The same numbers are _Static_assert'ed in runtime/zig_dump.c (64-bit
// targets; the runtime only supports those).
comptime {
    if (@sizeOf(usize) == 8) {
        check(Type, 80, &.{ .{ "name", 8 }, .{ "size", 16 }, .{ "child", 32 }, .{ "length", 40 }, .{ "member_start", 48 }, .{ "sentinel", 64 }, .{ "offset_a", 72 }, .{ "offset_b", 76 } });
        check(Member, 48, &.{ .{ "type", 8 }, .{ "flags", 12 }, .{ "bit_offset", 16 }, .{ "bit_size", 24 }, .{ "value", 32 }, .{ "default_value", 40 } });
        check(Decl, 32, &.{ .{ "kind", 8 }, .{ "type", 12 }, .{ "address", 16 }, .{ "function", 24 } });
        check(Function, 56, &.{ .{ "type", 8 }, .{ "args_type", 12 }, .{ "thunk", 16 }, .{ "flags", 24 }, .{ "fast_entry", 32 }, .{ "direct_entry", 40 }, .{ "direct_signature", 48 } });
        check(DirectHost, 16, &.{ .{ "module_stop", 0 }, .{ "global_stop", 8 } });
        check(Host, 80, &.{ .{ "alloc", 8 }, .{ "free", 16 }, .{ "closure_context", 24 }, .{ "call_js", 32 }, .{ "release_function", 40 }, .{ "thread_use", 48 }, .{ "thread_end", 56 }, .{ "promise_settle", 64 }, .{ "generator_yield", 72 } });
        check(Promise, 32, &.{ .{ "args_type", 4 }, .{ "settle", 8 }, .{ "resolve", 16 }, .{ "flags", 24 } });
        check(Callback, 24, &.{ .{ "args_type", 4 }, .{ "handler", 8 }, .{ "flags", 16 } });
        check(Module, 144, &.{ .{ "name", 8 }, .{ "zig_version", 16 }, .{ "optimize", 24 }, .{ "types", 32 }, .{ "type_count", 40 }, .{ "root_type", 44 }, .{ "members", 48 }, .{ "member_count", 56 }, .{ "decl_count", 60 }, .{ "decls", 64 }, .{ "functions", 72 }, .{ "function_count", 80 }, .{ "js_allocator_vtable", 88 }, .{ "callbacks", 96 }, .{ "callback_count", 104 }, .{ "allocator_alloc", 112 }, .{ "promises", 120 }, .{ "promise_count", 128 }, .{ "direct_host", 136 } });
    }
}

fn check(comptime T: type, comptime size: usize, comptime offsets: []const struct { []const u8, usize }) void {
    if (@sizeOf(T) != size) @compileError("zigar abi: size of " ++ @typeName(T) ++ " drifted from zig_abi.h");
    for (offsets) |o| {
        if (@offsetOf(T, o[0]) != o[1]) @compileError("zigar abi: offset of " ++ @typeName(T) ++ "." ++ o[0] ++ " drifted from zig_abi.h");
    }
}
