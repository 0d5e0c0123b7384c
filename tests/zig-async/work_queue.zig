//! Fixtures of tests/zig-async: zigar.thread.WorkQueue.
const std = @import("std");
const zigar = @import("zigar");

const worker = struct {
    pub var started = std.atomic.Value(u32).init(0);
    pub var ended = std.atomic.Value(u32).init(0);

    pub fn onThreadStart() void {
        _ = started.fetchAdd(1, .monotonic);
    }
    pub fn onThreadEnd() void {
        _ = ended.fetchAdd(1, .monotonic);
    }

    /// Sums the bytes of `text` slowly (the text stays valid meanwhile).
    pub fn sum(text: []const u8, delay_ms: u32) u64 {
        std.Thread.sleep(@as(u64, delay_ms) * std.time.ns_per_ms);
        var s: u64 = 0;
        for (text) |c| s += c;
        return s;
    }

    pub const Failure = error{TooBig};

    pub fn checked(x: u32) Failure!u32 {
        if (x > 100) return error.TooBig;
        return x * 2;
    }

    /// The thread's id, to see that several run at once.
    pub fn who(delay_ms: u32) u64 {
        std.Thread.sleep(@as(u64, delay_ms) * std.time.ns_per_ms);
        return std.Thread.getCurrentId();
    }

    const Range = struct {
        i: u32,
        end: u32,
        pub fn next(self: *Range) ?u32 {
            if (self.i >= self.end) return null;
            defer self.i += 1;
            return self.i;
        }
    };

    /// An iterator: asyncify makes it an async iterator in JS.
    pub fn range(start: u32, end: u32) Range {
        return .{ .i = start, .end = end };
    }
};

const WorkQueue = zigar.thread.WorkQueue(worker);
var queue: WorkQueue = .{};

pub fn startup(n: u32) !void {
    try queue.init(.{ .n_jobs = n });
}

pub fn shutdown(promise: zigar.function.Promise(void)) void {
    queue.deinitAsync(promise);
}

/// Blocking shutdown (jobs here never wait for the JS thread).
pub fn shutdownNow() void {
    queue.deinit();
}

pub fn threadCounts() struct { started: u32, ended: u32 } {
    return .{ .started = worker.started.load(.monotonic), .ended = worker.ended.load(.monotonic) };
}

pub const sum = queue.promisify(worker.sum);
pub const checked = queue.promisify(worker.checked);
pub const who = queue.promisify(worker.who);
pub const range = queue.asyncify(worker.range);

/// push() by hand, with a Promise parameter of the result type.
pub fn sumByHand(text: []const u8, promise: zigar.function.PromiseOf(worker.sum)) !void {
    try queue.push(worker.sum, .{ text, 0 }, promise);
}
