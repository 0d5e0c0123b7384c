//! panic.zig — the panic handler of every module library.
//!
//! Zig's default handler prints a stack trace by reading DWARF and walking
//! frames; inside zigar-run the stack below a Zig function is V8's JIT code
//! and the runtime's, which that walk does not understand (it crashed under
//! AddressSanitizer). A panic here prints its message the way the rest of
//! Zig's stderr output goes (through the runtime's redirection, so it keeps
//! its place among console.log lines), names the module, and aborts: the
//! runtime's crash handler then flushes output and the process dies of
//! SIGABRT, as Zig programs do.
const std = @import("std");
const builtin = @import("builtin");

fn handler(msg: []const u8, first_trace_addr: ?usize) noreturn {
    _ = first_trace_addr;
    std.debug.print("panic: {s}\n", .{msg});
    std.process.abort();
}

pub const Panic = std.debug.FullPanic(handler);
