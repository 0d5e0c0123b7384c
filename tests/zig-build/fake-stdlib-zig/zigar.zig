//! A stand-in for stdlib-zig in tests/zig-build: the same entry point
//! (`exportModule`) and the same inputs (the `zigar_options` module), so the
//! build recipe is exercised without depending on the real exporter.
const std = @import("std");
const options = @import("zigar_options");
const info = @import("info.zig");

/// The generated root installs `zigar.panic` as the library's panic handler.
pub const panic = std.debug.FullPanic(std.debug.defaultPanic);

pub fn exportModule(comptime module: type) void {
    const Entry = struct {
        const text: [:0]const u8 = @typeName(module) ++ " " ++ options.optimize ++
            (if (options.omit_functions) " omit-functions" else "") ++
            (if (options.omit_variables) " omit-variables" else "") ++ info.suffix;
        fn entry(_: ?*const anyopaque) callconv(.c) [*:0]const u8 {
            return text.ptr;
        }
    };
    // Analyse every public declaration, as the real exporter does, so errors
    // in the user's module surface at build time.
    inline for (@typeInfo(module).@"struct".decls) |decl| {
        _ = &@field(module, decl.name);
    }
    @export(&Entry.entry, .{ .name = "zigar_module_entry" });
}
