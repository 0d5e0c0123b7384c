/*
 * zig_output.h — Zig's writes to stdout/stderr reach the current console.log.
 *
 * Modules are linked against libc, so every write Zig makes goes through
 * the library's PLT/GOT entries for write, writev, pwritev… zr_zig_output_hook
 * points those entries of one loaded library at our functions. Writes to fd 1
 * and 2 made on the main thread during a call are cut into lines and handed
 * to `console.log` synchronously (so they interleave correctly with JS
 * output); the partial line is flushed when the outermost call returns.
 * Writes to fd 1 and 2 from other threads are cut into lines per thread and
 * queued (zr_zig_threads_output, without blocking the writer) for
 * console.log on the JS thread, in order with that thread's other jobs
 * (promise settlements…); a thread's partial line goes out when it ends.
 * Other writes (other fds, outside a call) go straight to the fd, so
 * nothing is ever lost. The same hook catches munmap, so views of
 * Zig memory that Zig unmapped are detached (zig_memory.h).
 */
#ifndef ZR_ZIG_OUTPUT_H
#define ZR_ZIG_OUTPUT_H

#include <stdbool.h>

#include "runtime.h"

/* Redirects the library's write functions; false if its dynamic section
 * could not be read (the module still works, its output is just direct). */
bool zr_zig_output_hook(void *dl_handle);

/* Whether a hooked library imports a function that writes to a file
 * descriptor (so its code may print). True for a library not hooked. A V8
 * fast call cannot run JS, so such a library must not get one. */
bool zr_zig_output_may_print(void *dl_handle);

/* The library was closed (docs/abandon.md): forget its handle, which a
 * library loaded later may get again. */
void zr_zig_output_forget(void *dl_handle);

/* Brackets a call into Zig from JS on the main thread (nesting allowed). */
void zr_zig_output_begin(v8c_context ctx);
/* Flushes the partial line at the outermost end; false iff a JS exception
 * (from a console.log that threw) is pending. */
bool zr_zig_output_end(v8c_context ctx);

/* On the JS thread: console.log(line) in `realm` (a line another thread
 * wrote to fd; NULL realm: written to the fd). */
void zr_zig_output_line(zr_realm *realm, int fd, const char *data, size_t len);

#endif
