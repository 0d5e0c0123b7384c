/*
 * zig_threads.h — Zig threads that call JavaScript, and zigar.function.Promise
 * (SPEC C, docs/threads.md).
 *
 * Only the JS thread touches V8. Another thread that calls a JS function
 * (through a closure, zig_closures.c) queues the call under a mutex, wakes
 * the loop with uv_async_send and blocks on a condition variable until the
 * JS thread has run it — and, when JS returned a Promise, until it settled.
 * One FIFO for every thread, and a caller has one call in flight, so calls
 * run in order per calling thread. Calls are only taken while a
 * zigar.thread.use() is in force (which keeps the loop alive); otherwise
 * they fail at once with ZIGAR_CALL_DEADLOCK instead of waiting forever.
 *
 * Promises the runtime makes for a Zig function's Promise(T) parameter are
 * handles (slot index + generation) into a table; each keeps the loop alive
 * until settled. A settle from the JS thread runs at once; from another
 * thread it is queued (and waits for the JS thread only when T holds
 * pointers, whose targets must outlive the read).
 *
 * Generators (zigar.function.Generator) share the table: a yield from
 * another thread is a blocking job (the answer — go on or stop — comes
 * back). Lines other threads write to fd 1/2 (zig_output.c) are jobs too,
 * so they reach console.log in order with that thread's settlements.
 */
#ifndef ZR_ZIG_THREADS_H
#define ZR_ZIG_THREADS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "natives.h"
#include "runtime.h"

/* The status zr_zig_closures_run returns when JS returned a Promise for a
 * call from another thread: the call completes when it settles. */
#define ZR_CALL_PENDING (-1)

typedef struct zr_thread_job zr_thread_job;

/* Once, on the JS thread, with the loop made (zig_loader.c, first module). */
void zr_zig_threads_init(zr_runtime *rt);

/* zigar_host functions. */
int32_t zr_zig_thread_use(void);
void zr_zig_thread_end(void);
void zr_zig_promise_settle(void *ptr, void *args);
/* A Generator the runtime made yielded (handle `ptr`, yield argument
 * struct `args`): 1 more values wanted, 0 stop. From another thread it
 * waits until the JS thread has handed the value to JS. */
int32_t zr_zig_generator_yield(void *ptr, void *args);

/* A line (without its newline) another thread wrote to fd 1/2: queued for
 * console.log on the JS thread, in order with that thread's other jobs;
 * false when nothing takes it any more (write it directly). Lines still
 * queued when the process exits are written to their fds (atexit). */
bool zr_zig_threads_output(int fd, const char *data, size_t len);
/* Writes queued lines to their fds now (at exit, from the crash handler). */
void zr_zig_threads_flush_output(void);

/* A call of closure `context` from a thread other than the JS thread:
 * queued, waited for; a ZIGAR_CALL_* status. */
int32_t zr_zig_threads_call(void *context, void *args);
/* Completes a pending call (JS's Promise settled): `data` (args_size bytes,
 * or NULL) is copied over the caller's argument struct first. */
void zr_zig_threads_complete(zr_thread_job *job, int32_t status, const void *data, size_t args_size);

/* The loop ended: true when the process may exit (no use() in force, no
 * call queued, no promise pending); from then on thread calls fail with
 * ZIGAR_CALL_DEADLOCK and use() with error.Disabled. False: run the loop
 * again. */
bool zr_zig_threads_may_exit(void);

/* For natives.zigStats: use()s in force, promises pending. */
void zr_zig_threads_counts(int *uses, unsigned *pending);

/* Whether a promise or generator of `lib` is pending (its settle code is
 * the library's: an abandoned library stays open meanwhile). */
struct zig_library;
bool zr_zig_threads_library_pending(const struct zig_library *lib);

/* Generators share the promise table (a slot per generator until it ends
 * or Zig saw `false`); pendingPromises counts them too.
 *
 * natives: zigPromiseInit, zigPromiseNew, zigPromiseDrop, zigPromiseResolve,
 * zigThreadCallDone, zigThreadStats (listed in zig_closures.c's table). */
v8c_value zr_zig_native_promise_init(v8c_callinfo *info);
v8c_value zr_zig_native_promise_new(v8c_callinfo *info);
v8c_value zr_zig_native_promise_drop(v8c_callinfo *info);
v8c_value zr_zig_native_promise_resolve(v8c_callinfo *info);
v8c_value zr_zig_native_thread_call_done(v8c_callinfo *info);
v8c_value zr_zig_native_thread_stats(v8c_callinfo *info);

#endif
