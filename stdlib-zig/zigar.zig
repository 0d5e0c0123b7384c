//! zigar — the package user modules import as `@import("zigar")`, and whose
//! exporter turns a module into a library zigar-run can load.
//!
//! Only what exists is here: issue 5 (zigar.function.Promise/Generator,
//! zigar.thread) will add its own namespaces.

/// The bridge ABI (runtime/zig_abi.h) as Zig extern structs.
pub const abi = @import("abi.zig");

/// The std.mem.Allocator.VTable whose memory comes from JavaScript.
pub const js_allocator = @import("js_allocator.zig");

/// Emits `zigar_module_entry` for module `M`; the generated library root
/// calls it in a comptime block (README.md has the exact text).
pub const exportModule = @import("exporter.zig").exportModule;
