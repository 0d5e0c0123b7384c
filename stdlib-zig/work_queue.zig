//! work_queue.zig — zigar.thread.WorkQueue(ns) (SPEC C, docs/threads.md).
//!
//! A pool of threads running the functions of namespace `ns`, in the shape
//! of node-zigar's:
//!
//!     const WorkQueue = zigar.thread.WorkQueue(worker);
//!     var queue: WorkQueue = .{};
//!     pub fn startup(n: usize) !void { try queue.init(.{ .n_jobs = n }); }
//!     pub fn shutdown(promise: zigar.function.Promise(void)) void { queue.deinitAsync(promise); }
//!     pub const sha1 = queue.promisify(worker.sha1);   // JS: await sha1(bytes)
//!     pub const lines = queue.asyncify(worker.lines);  // JS: for await (const l of lines(text))
//!
//! `push(func, args, dest)` queues `func(args…)`; its result resolves `dest`
//! (a Promise of the result type, or null). promisify(func) makes the same as
//! an exportable function whose last parameter is that Promise; asyncify(func)
//! does it with a Generator when func returns an iterator (a value with a
//! `next()` returning ?T or E!?T), piping it. Each worker calls
//! `ns.onThreadStart()` / `ns.onThreadEnd()` when `ns` declares them.
//! Workers only resolve promises and yield, so they need no
//! zigar.thread.use() unless `ns`'s functions call JS themselves.

const std = @import("std");
const Promise = @import("promise.zig").Promise;
const generator = @import("generator.zig");
const Generator = generator.Generator;

pub fn WorkQueue(comptime ns: type) type {
    return struct {
        const Self = @This();

        pub const Options = struct {
            allocator: std.mem.Allocator = std.heap.c_allocator,
            n_jobs: usize = 1,
        };

        pub const Error = error{ OutOfMemory, Uninitialized, SystemResources, ThreadQuotaExceeded, LockedMemoryLimitExceeded, Unexpected };

        const Job = struct {
            run: *const fn (*Job) void,
            free: *const fn (*Job, std.mem.Allocator) void,
            next: ?*Job = null,
        };

        allocator: std.mem.Allocator = std.heap.c_allocator,
        mutex: std.Thread.Mutex = .{},
        cond: std.Thread.Condition = .{},
        head: ?*Job = null,
        tail: ?*Job = null,
        threads: []std.Thread = &.{},
        state: enum { uninitialized, running, stopping } = .uninitialized,

        /// Starts `n_jobs` threads (at least one).
        pub fn init(self: *Self, options: Options) Error!void {
            self.mutex.lock();
            defer self.mutex.unlock();
            if (self.state != .uninitialized) return;
            const n = @max(options.n_jobs, 1);
            self.allocator = options.allocator;
            const threads = try self.allocator.alloc(std.Thread, n);
            var started: usize = 0;
            errdefer {
                self.state = .stopping;
                self.cond.broadcast();
                self.mutex.unlock();
                for (threads[0..started]) |t| t.join();
                self.mutex.lock();
                self.allocator.free(threads);
                self.state = .uninitialized;
            }
            self.state = .running;
            while (started < n) : (started += 1) {
                threads[started] = try std.Thread.spawn(.{}, worker, .{self});
            }
            self.threads = threads;
        }

        /// Lets the threads finish the queued jobs, then joins them. On the
        /// JS thread this blocks it: when jobs resolve promises with
        /// pointer-holding values or yield to generators (which wait for the
        /// JS thread), use deinitAsync.
        pub fn deinit(self: *Self) void {
            self.mutex.lock();
            if (self.state != .running) {
                self.mutex.unlock();
                return;
            }
            self.state = .stopping;
            self.cond.broadcast();
            const threads = self.threads;
            self.mutex.unlock();
            for (threads) |t| t.join();
            self.mutex.lock();
            self.allocator.free(threads);
            self.threads = &.{};
            self.state = .uninitialized;
            self.mutex.unlock();
        }

        /// deinit() on a thread of its own; resolves `promise` when done.
        pub fn deinitAsync(self: *Self, promise: Promise(void)) void {
            const t = std.Thread.spawn(.{}, struct {
                fn run(q: *Self, p: Promise(void)) void {
                    q.deinit();
                    p.resolve({});
                }
            }.run, .{ self, promise }) catch {
                self.deinit();
                promise.resolve({});
                return;
            };
            t.detach();
        }

        /// Queues `func(args…)` (`args` a tuple); `dest`: a Promise(R) for its
        /// result R, a Generator (func returns an iterator, piped into it),
        /// or null.
        pub fn push(self: *Self, comptime func: anytype, args: std.meta.ArgsTuple(@TypeOf(func)), dest: anytype) Error!void {
            const Dest = @TypeOf(dest);
            const Args = std.meta.ArgsTuple(@TypeOf(func));
            const Task = struct {
                job: Job,
                args: Args,
                dest: Dest,

                fn run(job: *Job) void {
                    const task: *@This() = @fieldParentPtr("job", job);
                    const r = @call(.auto, func, task.args);
                    deliver(task.dest, r);
                }

                fn free(job: *Job, a: std.mem.Allocator) void {
                    const task: *@This() = @fieldParentPtr("job", job);
                    a.destroy(task);
                }
            };
            self.mutex.lock();
            defer self.mutex.unlock();
            if (self.state != .running) return error.Uninitialized;
            const task = try self.allocator.create(Task);
            task.* = .{ .job = .{ .run = Task.run, .free = Task.free }, .args = args, .dest = dest };
            if (self.tail) |t| t.next = &task.job else self.head = &task.job;
            self.tail = &task.job;
            self.cond.signal();
        }

        fn deliver(dest: anytype, r: anytype) void {
            const Dest = @TypeOf(dest);
            if (Dest == @TypeOf(null)) return;
            if (comptime generator.isGenerator(Dest)) {
                pipeResult(dest, r);
            } else {
                dest.resolve(r);
            }
        }

        fn pipeResult(gen: anytype, r: anytype) void {
            const G = @TypeOf(gen);
            if (@typeInfo(@TypeOf(r)) == .error_union) {
                const it = r catch |e| {
                    if (comptime @typeInfo(G.payload) == .error_union) _ = gen.yield(e);
                    return;
                };
                gen.pipe(it);
            } else {
                gen.pipe(r);
            }
        }

        fn worker(self: *Self) void {
            if (@hasDecl(ns, "onThreadStart")) ns.onThreadStart();
            defer if (@hasDecl(ns, "onThreadEnd")) ns.onThreadEnd();
            while (true) {
                self.mutex.lock();
                while (self.head == null and self.state == .running) self.cond.wait(&self.mutex);
                const job = self.head orelse {
                    self.mutex.unlock();
                    return;
                };
                self.head = job.next;
                if (self.head == null) self.tail = null;
                self.mutex.unlock();
                job.run(job);
                job.free(job, self.allocator);
            }
        }

        /// The result type of func.
        fn ResultOf(comptime func: anytype) type {
            return @typeInfo(@TypeOf(func)).@"fn".return_type.?;
        }

        /// The item type of the iterator func returns (null: not an iterator).
        fn ItemOf(comptime func: anytype) ?type {
            const R = ResultOf(func);
            const I = if (@typeInfo(R) == .error_union) @typeInfo(R).error_union.payload else R;
            if (@typeInfo(I) != .@"struct" or !@hasDecl(I, "next")) return null;
            const N = @typeInfo(@TypeOf(I.next)).@"fn".return_type.?;
            const O = if (@typeInfo(N) == .error_union) @typeInfo(N).error_union.payload else N;
            if (@typeInfo(O) != .optional) return null;
            const errors = @typeInfo(R) == .error_union or @typeInfo(N) == .error_union;
            return if (errors) anyerror!O else O;
        }

        /// An exportable function taking func's parameters and a
        /// Promise(R) (R: func's result type) that queues func.
        pub fn promisify(comptime self: *Self, comptime func: anytype) @TypeOf(Wrapped(self, func, Promise(ResultOf(func))).call) {
            return Wrapped(self, func, Promise(ResultOf(func))).call;
        }

        /// promisify, or, when func returns an iterator (`next()` giving ?T
        /// or E!?T), the same with a Generator of its items.
        pub fn asyncify(comptime self: *Self, comptime func: anytype) AsyncifiedType(self, func) {
            if (ItemOf(func)) |T| return Wrapped(self, func, Generator(T)).call;
            return promisify(self, func);
        }

        fn AsyncifiedType(comptime self: *Self, comptime func: anytype) type {
            if (ItemOf(func)) |T| return @TypeOf(Wrapped(self, func, Generator(T)).call);
            return @TypeOf(Wrapped(self, func, Promise(ResultOf(func))).call);
        }

        fn Wrapped(comptime self: *Self, comptime func: anytype, comptime D: type) type {
            const P = @typeInfo(@TypeOf(func)).@"fn".params;
            inline for (P) |p| {
                if (p.type == null) @compileError("WorkQueue: generic parameters are not supported");
            }
            const T = struct {
                fn t(i: usize) type {
                    return P[i].type.?;
                }
            };
            return switch (P.len) {
                0 => struct {
                    pub fn call(d: D) Error!void {
                        try self.push(func, .{}, d);
                    }
                },
                1 => struct {
                    pub fn call(a0: T.t(0), d: D) Error!void {
                        try self.push(func, .{a0}, d);
                    }
                },
                2 => struct {
                    pub fn call(a0: T.t(0), a1: T.t(1), d: D) Error!void {
                        try self.push(func, .{ a0, a1 }, d);
                    }
                },
                3 => struct {
                    pub fn call(a0: T.t(0), a1: T.t(1), a2: T.t(2), d: D) Error!void {
                        try self.push(func, .{ a0, a1, a2 }, d);
                    }
                },
                4 => struct {
                    pub fn call(a0: T.t(0), a1: T.t(1), a2: T.t(2), a3: T.t(3), d: D) Error!void {
                        try self.push(func, .{ a0, a1, a2, a3 }, d);
                    }
                },
                5 => struct {
                    pub fn call(a0: T.t(0), a1: T.t(1), a2: T.t(2), a3: T.t(3), a4: T.t(4), d: D) Error!void {
                        try self.push(func, .{ a0, a1, a2, a3, a4 }, d);
                    }
                },
                6 => struct {
                    pub fn call(a0: T.t(0), a1: T.t(1), a2: T.t(2), a3: T.t(3), a4: T.t(4), a5: T.t(5), d: D) Error!void {
                        try self.push(func, .{ a0, a1, a2, a3, a4, a5 }, d);
                    }
                },
                else => @compileError("WorkQueue: promisify/asyncify take at most 6 parameters"),
            };
        }
    };
}
