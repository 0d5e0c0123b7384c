//! thread.zig — zigar.thread (SPEC C, docs/threads.md).
//!
//! `use()` / `end()` bracket the time during which threads other than the
//! JavaScript thread may call JS functions (JS functions received as Zig
//! function pointers): the runtime queues such a call for the JS thread, and
//! the calling thread blocks until it has run (and until a JS Promise it
//! returned has settled). While more use()s than end()s are in force, the
//! event loop stays alive. The count is global, not per thread: seed
//! example 2 calls use() on the JS thread before spawning a thread that
//! calls end().
//!
//! A call from another thread with no use() in force could never be waited
//! for safely (the loop may end), so it fails at once with error.Deadlock
//! (a panic when the callback's return type has no such error).

const builtin = @import("builtin");
const abi = @import("abi.zig");
const js_allocator = @import("js_allocator.zig");

pub const Error = error{ Disabled, Deadlock };

/// Allows calls from other threads into JS and keeps the event loop alive
/// until the matching end(). error.Disabled: the module is single-threaded,
/// the host takes no thread calls, or the runtime is shutting down.
pub fn use() error{Disabled}!void {
    if (builtin.single_threaded) return error.Disabled;
    const h = js_allocator.host orelse return error.Disabled;
    const f = h.thread_use orelse return error.Disabled;
    if (f() != abi.THREAD_OK) return error.Disabled;
}

/// Ends one use(). Extra end()s are ignored.
pub fn end() void {
    if (builtin.single_threaded) return;
    const h = js_allocator.host orelse return;
    const f = h.thread_end orelse return;
    f();
}
