//! Fixtures of tests/zig-async: zigar.function.Generator, AbortSignal, and
//! other threads' output.
const std = @import("std");
const zigar = @import("zigar");

const Generator = zigar.function.Generator;
const Promise = zigar.function.Promise;
const AbortSignal = zigar.function.AbortSignal;

// ---- generators ------------------------------------------------------------------------

/// Yields 0..count-1 on the JS thread, during the call, then ends.
pub fn count(n: u32, gen: Generator(?u32)) void {
    var i: u32 = 0;
    while (i < n) : (i += 1) {
        if (!gen.yield(i)) return;
    }
    gen.end();
}

pub const Bad = error{ Broken, Refused };

/// Yields 1, 2, then fails with error.Broken (the loop throws).
pub fn failing(gen: Generator(Bad!?u32)) void {
    _ = gen.yield(1);
    _ = gen.yield(2);
    _ = gen.yield(error.Broken);
}

/// The function itself fails: the loop throws at once.
pub fn refuse(gen: Generator(?u32)) Bad!void {
    _ = gen;
    return error.Refused;
}

var stopped_after: std.atomic.Value(u32) = .init(0);
var stop_done: std.atomic.Value(bool) = .init(false);

fn endlessWorker(gen: Generator(?u64)) void {
    var i: u64 = 0;
    while (gen.yield(i)) : (i += 1) {}
    stopped_after.store(@intCast(i), .release);
    stop_done.store(true, .release);
}

/// Yields 0, 1, 2… from another thread until the consumer stops.
pub fn endless(gen: Generator(?u64)) !void {
    stop_done.store(false, .release);
    const t = try std.Thread.spawn(.{}, endlessWorker, .{gen});
    t.detach();
}

/// { done, after }: whether endless's thread saw `false`, and after how many values.
pub fn endlessState() struct { done: bool, after: u32 } {
    return .{ .done = stop_done.load(.acquire), .after = stopped_after.load(.acquire) };
}

fn wordsWorker(text: []const u8, gen: Generator(?u32)) void {
    var it = std.mem.tokenizeScalar(u8, text, ' ');
    while (it.next()) |w| {
        std.Thread.sleep(2 * std.time.ns_per_ms); // the JS thread may collect garbage meanwhile
        // the text stays valid: the generator holds the JS string's copy
        var sum: u32 = 0;
        for (w) |c| sum += c;
        if (!gen.yield(sum)) return;
    }
    gen.end();
}

/// From another thread: the byte sum of each word of `text` (pointer arg
/// kept alive until the generator ends).
pub fn wordSums(text: []const u8, gen: Generator(?u32)) !void {
    const t = try std.Thread.spawn(.{}, wordsWorker, .{ text, gen });
    t.detach();
}

pub const Pair = struct { index: u32, square: u64 };

const Squares = struct {
    i: u32 = 0,
    n: u32,
    pub fn next(self: *Squares) ?Pair {
        if (self.i == self.n) return null;
        defer self.i += 1;
        return .{ .index = self.i, .square = @as(u64, self.i) * self.i };
    }
};

/// Structs through pipe(), from another thread.
pub fn squares(n: u32, gen: Generator(?Pair)) !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run(m: u32, g: Generator(?Pair)) void {
            g.pipe(Squares{ .n = m });
        }
    }.run, .{ n, gen });
    t.detach();
}

// ---- abort signals ---------------------------------------------------------------------

/// Spins until the signal aborts (or `limit` ms pass); resolves with
/// whether it was aborted.
pub fn spin(limit: u32, signal: AbortSignal, promise: Promise(bool)) !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run(ms: u32, s: AbortSignal, p: Promise(bool)) void {
            const deadline = std.time.milliTimestamp() + ms;
            while (s.off() and std.time.milliTimestamp() < deadline) std.Thread.sleep(std.time.ns_per_ms);
            p.resolve(s.on());
        }
    }.run, .{ limit, signal, promise });
    t.detach();
}

/// Synchronous: whether the signal is already aborted.
pub fn isAborted(signal: AbortSignal) bool {
    return signal.aborted();
}

/// Counts up from another thread until aborted; a generator with a signal.
pub fn ticks(signal: AbortSignal, gen: Generator(Bad!?u32)) !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run(s: AbortSignal, g: Generator(Bad!?u32)) void {
            var i: u32 = 0;
            while (true) : (i += 1) {
                std.Thread.sleep(std.time.ns_per_ms);
                if (s.on()) {
                    _ = g.yield(error.Refused);
                    return;
                }
                if (!g.yield(i)) return;
            }
        }
    }.run, .{ signal, gen });
    t.detach();
}

// ---- other threads' output ---------------------------------------------------------------

fn printer(id: u32, lines: u32, promise: Promise(void)) void {
    for (0..lines) |i| std.debug.print("thread {d} line {d}\n", .{ id, i });
    promise.resolve({});
}

/// `threads` threads print `lines` lines each; resolves when all are done
/// (each thread's promise after its lines).
pub fn printMany(id: u32, lines: u32, promise: Promise(void)) !void {
    const t = try std.Thread.spawn(.{}, printer, .{ id, lines, promise });
    t.detach();
}

/// A thread that prints a partial line then ends; joined on the JS thread.
pub fn printPartial() !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run() void {
            std.debug.print("partial", .{});
        }
    }.run, .{});
    t.join();
}

/// A thread that prints `n` lines; joined on the JS thread, so the lines
/// are still queued when this returns.
pub fn printJoined(n: u32) !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run(m: u32) void {
            for (0..m) |i| std.debug.print("joined line {d}\n", .{i});
        }
    }.run, .{n});
    t.join();
}

/// The words of `text` as slices into it, from another thread (a value
/// holding pointers: the thread waits until JS has read each one).
pub fn words(text: []const u8, gen: Generator(?[]const u8)) !void {
    const t = try std.Thread.spawn(.{}, struct {
        fn run(s: []const u8, g: Generator(?[]const u8)) void {
            var it = std.mem.tokenizeScalar(u8, s, ' ');
            while (it.next()) |w| if (!g.yield(w)) return;
            g.end();
        }
    }.run, .{ text, gen });
    t.detach();
}
