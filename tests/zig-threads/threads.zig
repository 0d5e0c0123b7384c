//! Fixtures of tests/zig-threads: Zig threads that call JavaScript, and
//! zigar.function.Promise.
const std = @import("std");
const zigar = @import("zigar");

const Promise = zigar.function.Promise;
const alloc = std.heap.c_allocator;

// ---- stress: many threads × many blocking calls --------------------------------

const Stress = struct {
    cb: *const fn (u32, u32) u32,
    calls: u32,
    left: std.atomic.Value(u32),
    sum: std.atomic.Value(u64),
    wrong: std.atomic.Value(u32),
    promise: Promise(u64),
};

fn stressWorker(s: *Stress, id: u32) void {
    var sum: u64 = 0;
    for (0..s.calls) |i| {
        const seq: u32 = @intCast(i);
        const r = s.cb(id, seq);
        if (r != seq % 7 + id) _ = s.wrong.fetchAdd(1, .monotonic);
        sum += r;
    }
    _ = s.sum.fetchAdd(sum, .monotonic);
    if (s.left.fetchSub(1, .acq_rel) == 1) {
        // the last one out reports: the sum, or maxInt when a result was wrong
        const total = if (s.wrong.load(.monotonic) == 0) s.sum.load(.monotonic) else std.math.maxInt(u64);
        const p = s.promise;
        alloc.destroy(s);
        p.resolve(total);
    }
    zigar.thread.end();
}

/// `threads` threads each call cb(id, seq) for seq = 0..calls-1; resolves
/// with the sum of the results.
pub fn stress(cb: *const fn (u32, u32) u32, threads: u32, calls: u32, promise: Promise(u64)) !void {
    const s = try alloc.create(Stress);
    s.* = .{ .cb = cb, .calls = calls, .left = .init(threads), .sum = .init(0), .wrong = .init(0), .promise = promise };
    for (0..threads) |id| {
        try zigar.thread.use();
        const t = try std.Thread.spawn(.{}, stressWorker, .{ s, @as(u32, @intCast(id)) });
        t.detach();
    }
}

// ---- many promises resolved by worker threads ---------------------------------------

const Item = struct { value: u32, promise: Promise(u32) };
var queue: std.ArrayList(Item) = .empty;
var queue_mutex: std.Thread.Mutex = .{};
var queue_cond: std.Thread.Condition = .{};
var stopping = false;
var workers: [16]?std.Thread = @splat(null);

fn worker() void {
    while (true) {
        queue_mutex.lock();
        while (queue.items.len == 0 and !stopping) queue_cond.wait(&queue_mutex);
        if (queue.items.len == 0) {
            queue_mutex.unlock();
            return;
        }
        const item = queue.orderedRemove(0);
        queue_mutex.unlock();
        item.promise.resolve(item.value * 2);
    }
}

pub fn startWorkers(n: u32) !void {
    stopping = false;
    for (0..@min(n, workers.len)) |i| workers[i] = try std.Thread.spawn(.{}, worker, .{});
}

pub fn stopWorkers() void {
    queue_mutex.lock();
    stopping = true;
    queue_cond.broadcast();
    queue_mutex.unlock();
    for (&workers) |*w| {
        if (w.*) |t| t.join();
        w.* = null;
    }
}

/// Resolves with value * 2, from a worker thread.
pub fn double(value: u32, promise: Promise(u32)) !void {
    queue_mutex.lock();
    defer queue_mutex.unlock();
    try queue.append(alloc, .{ .value = value, .promise = promise });
    queue_cond.signal();
}

// ---- results and errors of calls from a thread ------------------------------------------

pub const Failure = error{ Oops, Unexpected };

fn tryWorker(cb: *const fn (i32) Failure!i32, x: i32, promise: Promise(Failure!i32)) void {
    promise.resolve(cb(x));
    zigar.thread.end();
}

/// Calls cb(x) from another thread; resolves with its result or its error.
pub fn tryInThread(cb: *const fn (i32) Failure!i32, x: i32, promise: Promise(Failure!i32)) !void {
    try zigar.thread.use();
    const t = try std.Thread.spawn(.{}, tryWorker, .{ cb, x, promise });
    t.detach();
}

fn plainWorker(cb: *const fn (i32) i32) void {
    _ = cb(1);
    zigar.thread.end();
}

/// Calls cb(1) from another thread (a throw there is a panic).
pub fn plainInThread(cb: *const fn (i32) i32) !void {
    try zigar.thread.use();
    const t = try std.Thread.spawn(.{}, plainWorker, .{cb});
    t.detach();
}

pub const Point = struct { x: f64, y: f64 };

fn pointWorker(cb: *const fn (Point, f64) Point, promise: Promise(Point)) void {
    var p: Point = .{ .x = 1, .y = 2 };
    for (0..3) |_| p = cb(p, 0.5);
    promise.resolve(p);
    zigar.thread.end();
}

/// The general path from a thread: a struct in, a struct out, three times.
pub fn pointsInThread(cb: *const fn (Point, f64) Point, promise: Promise(Point)) !void {
    try zigar.thread.use();
    const t = try std.Thread.spawn(.{}, pointWorker, .{ cb, promise });
    t.detach();
}

fn stackWorker(cb: *const fn (*Point) void, promise: Promise(f64)) void {
    var p: Point = .{ .x = 3, .y = 4 };
    cb(&p);
    promise.resolve(p.x + p.y);
    zigar.thread.end();
}

/// A pointer to the thread's own stack reaches JS; JS writes through it.
pub fn stackInThread(cb: *const fn (*Point) void, promise: Promise(f64)) !void {
    try zigar.thread.use();
    const t = try std.Thread.spawn(.{}, stackWorker, .{ cb, promise });
    t.detach();
}

// ---- misuse -------------------------------------------------------------------------------------

fn noUseWorker(cb: *const fn () error{ Deadlock, Disabled }!i32, promise: Promise([]const u8)) void {
    if (cb()) |_| promise.resolve("ok") else |err| promise.resolve(@errorName(err));
}

/// Calls cb from a thread that no zigar.thread.use() covers: error.Deadlock.
pub fn callWithoutUse(cb: *const fn () error{ Deadlock, Disabled }!i32, promise: Promise([]const u8)) !void {
    const t = try std.Thread.spawn(.{}, noUseWorker, .{ cb, promise });
    t.detach();
}

fn noUsePanicWorker(cb: *const fn () i32) void {
    _ = cb();
}

/// The same with a callback that cannot return the error: a panic.
pub fn callWithoutUsePanic(cb: *const fn () i32) !void {
    const t = try std.Thread.spawn(.{}, noUsePanicWorker, .{cb});
    t.join();
}

/// Whether zigar.thread.use() succeeds now.
pub fn tryUse() bool {
    zigar.thread.use() catch return false;
    zigar.thread.end();
    return true;
}

// ---- exit ---------------------------------------------------------------------------------------

fn laterWorker(cb: *const fn (u32) void, ms: u32) void {
    std.Thread.sleep(@as(u64, ms) * std.time.ns_per_ms);
    cb(ms);
    zigar.thread.end();
}

/// Calls cb(ms) from a thread after `ms` milliseconds; the process waits.
pub fn later(cb: *const fn (u32) void, ms: u32) !void {
    try zigar.thread.use();
    const t = try std.Thread.spawn(.{}, laterWorker, .{ cb, ms });
    t.detach();
}

/// Resolves with `value` right away, on the JS thread.
pub fn now(value: i32, promise: Promise(i32)) void {
    promise.resolve(value);
}

/// Returns an error instead of resolving: the call's promise rejects.
pub fn refuse(promise: Promise(i32)) !void {
    _ = promise;
    return error.Refused;
}

// ---- a JS function that receives a Promise -------------------------------------------------------

var got: i32 = 0;
fn gotIt(_: ?*anyopaque, value: i32) void {
    got = value;
}

/// Calls cb with a Promise Zig made; JS's (awaited) result settles it.
pub fn askJs(cb: *const fn (i32, Promise(i32)) void, x: i32) void {
    cb(x, Promise(i32).init(null, gotIt));
}

pub fn lastGot() i32 {
    return got;
}
