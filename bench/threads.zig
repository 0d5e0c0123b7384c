//! bench/threads.js: Zig calling a JS function from the JS thread and from
//! other threads, and promises settled from each.
const std = @import("std");
const zigar = @import("zigar");

const Promise = zigar.function.Promise;

/// n calls of cb on the JS thread.
pub fn loop(cb: *const fn (i32) i32, n: i32) i32 {
    var s: i32 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) s +%= cb(i);
    return s;
}

const Job = struct {
    cb: *const fn (i32) i32,
    n: i32,
    left: std.atomic.Value(u32),
    sum: std.atomic.Value(i32),
    promise: Promise(i32),
};

fn worker(job: *Job) void {
    var s: i32 = 0;
    var i: i32 = 0;
    while (i < job.n) : (i += 1) s +%= job.cb(i);
    _ = job.sum.fetchAdd(s, .monotonic);
    if (job.left.fetchSub(1, .acq_rel) == 1) {
        const p = job.promise;
        const total = job.sum.load(.monotonic);
        std.heap.c_allocator.destroy(job);
        p.resolve(total);
    }
    zigar.thread.end();
}

/// n calls of cb from each of `threads` other threads (blocking calls).
pub fn loopInThreads(cb: *const fn (i32) i32, threads: u32, n: i32, promise: Promise(i32)) !void {
    const job = try std.heap.c_allocator.create(Job);
    job.* = .{ .cb = cb, .n = n, .left = .init(threads), .sum = .init(0), .promise = promise };
    for (0..threads) |_| {
        try zigar.thread.use();
        (try std.Thread.spawn(.{}, worker, .{job})).detach();
    }
}

/// Resolved on the JS thread, before returning.
pub fn resolveHere(v: i32, promise: Promise(i32)) void {
    promise.resolve(v);
}

fn resolver(v: i32, promise: Promise(i32)) void {
    promise.resolve(v);
}

/// Resolved from a new thread.
pub fn resolveInThread(v: i32, promise: Promise(i32)) !void {
    (try std.Thread.spawn(.{}, resolver, .{ v, promise })).detach();
}
