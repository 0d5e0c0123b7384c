//! abort_signal.zig — zigar.function.AbortSignal (SPEC C, docs/threads.md).
//!
//! A parameter omitted from the JS call: the JS `AbortSignal` given as
//! `{ signal }` in a trailing options object flips the word `ptr` points at
//! (0 → 1) when it aborts, and Zig polls it from any thread:
//!
//!     while (signal.off()) { … }      // or: if (signal.on()) return error.Aborted;
//!
//! Without a signal the word stays 0. The word stays valid while the call
//! runs and, for a function with a Promise/Generator parameter, until that
//! settles/ends. The exporter describes it as an ABORT_SIGNAL type.

pub const AbortSignal = struct {
    ptr: *const volatile i32,

    /// Marks the type for the exporter (isAbortSignal below).
    pub const zigar_abort_signal = true;

    /// Whether the JS signal has aborted.
    pub fn on(self: AbortSignal) bool {
        return @atomicLoad(i32, @volatileCast(self.ptr), .acquire) != 0;
    }

    /// Whether it has not (yet).
    pub fn off(self: AbortSignal) bool {
        return !self.on();
    }

    /// Same as on().
    pub fn aborted(self: AbortSignal) bool {
        return self.on();
    }
};

pub fn isAbortSignal(comptime T: type) bool {
    return T == AbortSignal;
}
