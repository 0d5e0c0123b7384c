//! closures.zig — JavaScript functions as Zig function pointers (SPEC A5).
//!
//! A function pointer carries no context, so every JS function needs a code
//! address of its own. The runtime (runtime/zig_closures.c) writes, per JS
//! function, a tiny stub that stores a context pointer in a thread-local slot
//! of the executable and jumps to the HANDLER of the function type. Handlers
//! are generated here at comptime, one per function type `F` the module can
//! receive (`*const fn (…) R` reachable from its declarations): a function of
//! exactly type F (Zig's calling convention or C's) which
//!   1. reads the slot first thing (host.closure_context),
//!   2. packs its parameters into the argument struct of F (thunks.ArgsStructOf:
//!      "retval", "error" for error unions, "0", "1", …),
//!   3. calls host.call_js(context, &args), which runs the JS function on the
//!      JS thread and writes the converted result into args.retval,
//!   4. returns args.retval, or maps the status to an error or a panic.
//! docs/closures.md has the whole design.

const std = @import("std");
const abi = @import("abi.zig");
const thunks = @import("thunks.zig");
const js_allocator = @import("js_allocator.zig");

/// Handlers are written out per arity; more parameters than this and the
/// function type gets no handler (a JS function passed for it is a TypeError).
pub const max_params = 16;

/// Whether a handler can be made for function type F. (The exporter also
/// checks that nothing in the signature is comptime-only.)
pub fn supported(comptime F: type) bool {
    const info = @typeInfo(F).@"fn";
    if (info.is_generic or info.is_var_args) return false;
    if (info.params.len > max_params) return false;
    switch (std.meta.activeTag(info.calling_convention)) {
        .naked, .@"inline" => return false,
        else => {},
    }
    const R = info.return_type orelse return false;
    for (info.params) |p| {
        if (p.is_generic or p.type == null) return false;
        if (p.is_noalias) return false; // the handler's own type would differ
    }
    if (@typeInfo(R) == .error_union and @typeInfo(R).error_union.payload == noreturn) return false;
    return true;
}

/// The handler of F, as an address (it is an F).
pub fn handlerOf(comptime F: type) *const anyopaque {
    const H = Handler(F);
    comptime std.debug.assert(@TypeOf(&H.handle) == *const F);
    return @ptrCast(&H.handle);
}

fn context() ?*anyopaque {
    const h = js_allocator.host orelse @panic("zigar: JavaScript function called before the module was loaded");
    const get = h.closure_context orelse @panic("zigar: this host cannot call JavaScript");
    return get();
}

fn hasError(comptime E: type, comptime name: []const u8) bool {
    const set = @typeInfo(E).error_set orelse return true; // anyerror
    for (set) |e| {
        if (std.mem.eql(u8, e.name, name)) return true;
    }
    return false;
}

fn invoke(comptime F: type, ctx: ?*anyopaque, params: anytype) @typeInfo(F).@"fn".return_type.? {
    @setEvalBranchQuota(100_000);
    const info = @typeInfo(F).@"fn";
    const R = info.return_type.?;
    const Args = thunks.ArgsStructOf(F);
    var args: Args = undefined;
    @memset(std.mem.asBytes(&args.retval), 0);
    inline for (0..info.params.len) |i| {
        @field(args, std.fmt.comptimePrint("{d}", .{i})) = params[i];
    }
    const is_eu = @typeInfo(R) == .error_union;
    if (is_eu) args.@"error" = 0;
    const h = js_allocator.host.?;
    const status = h.call_js.?(ctx, @ptrCast(&args));
    if (is_eu) {
        const E = @typeInfo(R).error_union.error_set;
        switch (status) {
            abi.CALL_OK => {
                if (args.@"error" == 0) return args.retval;
                return errorOf(E, args.@"error");
            },
            abi.CALL_UNEXPECTED, abi.CALL_RELEASED => {
                if (comptime hasError(E, "Unexpected")) return error.Unexpected;
                if (status == abi.CALL_RELEASED) @panic("zigar: call to a JavaScript function that was released");
                @panic("JavaScript function failed");
            },
            abi.CALL_DEADLOCK => {
                if (comptime hasError(E, "Deadlock")) return error.Deadlock;
                fail(status);
            },
            abi.CALL_DISABLED => {
                if (comptime hasError(E, "Disabled")) return error.Disabled;
                fail(status);
            },
            else => fail(status),
        }
    }
    if (status != abi.CALL_OK) fail(status);
    if (R == noreturn) @panic("zigar: a JavaScript function returned from a noreturn callback");
    return args.retval;
}

/// The error with code `code` in E (JS only writes codes of E's errors), or
/// error.Unexpected / a panic for anything else.
fn errorOf(comptime E: type, code: u16) E {
    if (@typeInfo(E).error_set) |set| {
        inline for (set) |e| {
            if (code == @intFromError(@field(anyerror, e.name))) return @errorCast(@field(anyerror, e.name));
        }
        if (comptime hasError(E, "Unexpected")) return @errorCast(error.Unexpected);
        @panic("JavaScript function failed");
    }
    return @errorFromInt(code);
}

fn fail(status: i32) noreturn {
    switch (status) {
        abi.CALL_RELEASED => @panic("zigar: call to a JavaScript function that was released"),
        abi.CALL_WRONG_THREAD => @panic("zigar: JavaScript functions can only be called from the JavaScript thread in this host"),
        abi.CALL_DEADLOCK => @panic("Deadlock: a JavaScript function was called from another thread with no zigar.thread.use() in force, or while the runtime was shutting down"),
        abi.CALL_DISABLED => @panic("Disabled: the runtime takes no calls from other threads"),
        else => @panic("JavaScript function failed"),
    }
}

fn Handler(comptime F: type) type {
    const info = @typeInfo(F).@"fn";
    const cc = info.calling_convention;
    const R = info.return_type.?;
    const P = struct {
        fn at(comptime i: usize) type {
            return if (i < info.params.len) info.params[i].type.? else void;
        }
    };
    const A0 = P.at(0);
    const A1 = P.at(1);
    const A2 = P.at(2);
    const A3 = P.at(3);
    const A4 = P.at(4);
    const A5 = P.at(5);
    const A6 = P.at(6);
    const A7 = P.at(7);
    const A8 = P.at(8);
    const A9 = P.at(9);
    const A10 = P.at(10);
    const A11 = P.at(11);
    const A12 = P.at(12);
    const A13 = P.at(13);
    const A14 = P.at(14);
    const A15 = P.at(15);
    // `context()` comes first in each body: nothing may run between the stub
    // and the read of the thread-local slot.
    return switch (info.params.len) {
        0 => struct {
            fn handle() callconv(cc) R {
                const c = context();
                return invoke(F, c, .{});
            }
        },
        1 => struct {
            fn handle(a0: A0) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{a0});
            }
        },
        2 => struct {
            fn handle(a0: A0, a1: A1) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1 });
            }
        },
        3 => struct {
            fn handle(a0: A0, a1: A1, a2: A2) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2 });
            }
        },
        4 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3 });
            }
        },
        5 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4 });
            }
        },
        6 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5 });
            }
        },
        7 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6 });
            }
        },
        8 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7 });
            }
        },
        9 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8 });
            }
        },
        10 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 });
            }
        },
        11 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 });
            }
        },
        12 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10, a11: A11) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11 });
            }
        },
        13 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10, a11: A11, a12: A12) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12 });
            }
        },
        14 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10, a11: A11, a12: A12, a13: A13) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13 });
            }
        },
        15 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10, a11: A11, a12: A12, a13: A13, a14: A14) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14 });
            }
        },
        16 => struct {
            fn handle(a0: A0, a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10, a11: A11, a12: A12, a13: A13, a14: A14, a15: A15) callconv(cc) R {
                const c = context();
                return invoke(F, c, .{ a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15 });
            }
        },
        else => @compileError("zigar: too many parameters for a callback handler"),
    };
}

/// zigar_module.allocator_alloc: allocation through a std.mem.Allocator
/// value for C (the vtable uses Zig's calling convention).
pub fn allocatorAlloc(allocator: *const anyopaque, len: usize, alignment: u32) callconv(.c) ?*anyopaque {
    const a: *const std.mem.Allocator = @ptrCast(@alignCast(allocator));
    const al = std.mem.Alignment.fromByteUnits(if (alignment == 0) 1 else alignment);
    const p = a.rawAlloc(len, al, @returnAddress()) orelse return null;
    return @ptrCast(p);
}

/// zigar.function.release(fn_ptr): the JS function behind `fn_ptr` (made by
/// the runtime for a JS function) may be garbage-collected; later calls of
/// `fn_ptr` are reported as errors. Pointers the runtime did not make are
/// ignored.
pub fn release(fn_ptr: anytype) void {
    const T = @TypeOf(fn_ptr);
    const ptr: ?*const anyopaque = switch (@typeInfo(T)) {
        .pointer => @ptrCast(fn_ptr),
        .optional => if (fn_ptr) |p| @ptrCast(p) else null,
        else => @compileError("zigar.function.release expects a function pointer, got " ++ @typeName(T)),
    };
    const p = ptr orelse return;
    const h = js_allocator.host orelse return;
    if (h.release_function) |f| f(p);
}
