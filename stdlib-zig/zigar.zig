//! zigar — the package user modules import as `@import("zigar")`, and whose
//! exporter turns a module into a library zigar-run can load.
//!

/// The bridge ABI (runtime/zig_abi.h) as Zig extern structs.
pub const abi = @import("abi.zig");

/// The std.mem.Allocator.VTable whose memory comes from JavaScript.
pub const js_allocator = @import("js_allocator.zig");

/// JavaScript functions as Zig function pointers (closures.zig, SPEC A5).
pub const function = struct {
    /// Lets the JS function behind a function pointer the runtime made be
    /// garbage-collected; calling the pointer afterwards is an error.
    pub const release = @import("closures.zig").release;
    /// A parameter omitted from the JS call, which returns a JS Promise
    /// settled by `resolve` (promise.zig, docs/threads.md).
    pub const Promise = @import("promise.zig").Promise;
    /// Promise(the return type of `func`), for WorkQueue-style wrappers.
    pub fn PromiseOf(comptime func: anytype) type {
        return Promise(@typeInfo(@TypeOf(func)).@"fn".return_type.?);
    }
    /// A parameter omitted from the JS call, which returns an async
    /// iterator fed by `yield` (generator.zig, docs/threads.md).
    pub const Generator = @import("generator.zig").Generator;
    /// A parameter omitted from the JS call, set when the JS AbortSignal
    /// given as `{ signal }` aborts (abort_signal.zig, docs/threads.md).
    pub const AbortSignal = @import("abort_signal.zig").AbortSignal;
};

/// Threads that call JavaScript (thread.zig, docs/threads.md).
pub const thread = struct {
    pub const Error = @import("thread.zig").Error;
    pub const use = @import("thread.zig").use;
    pub const end = @import("thread.zig").end;
    /// A pool of threads running `ns`'s functions (work_queue.zig).
    pub const WorkQueue = @import("work_queue.zig").WorkQueue;
};

/// The panic handler the generated library root installs (panic.zig).
pub const panic = @import("panic.zig").Panic;

/// Emits `zigar_module_entry` for module `M`; the generated library root
/// calls it in a comptime block (README.md has the exact text).
pub const exportModule = @import("exporter.zig").exportModule;
