/*
 * zig_closures.h — JavaScript functions as Zig function pointers (SPEC A5,
 * docs/closures.md).
 *
 * natives.zigClosure(handle, fnTypeIndex, jsFunction) returns the address of
 * a function of that Zig type which, when Zig calls it, runs jsFunction on
 * the JS thread: a stub in executable memory that stores its closure record
 * in a thread-local slot and jumps to the module's handler for the type
 * (stdlib-zig/closures.zig), which calls back through zigar_host.call_js.
 * The same (module, type, function) gives the same address. A closure lives
 * until zigar.function.release(ptr) or __zigar.abandon(): Zig may keep the
 * pointer, so the GC must not free the function.
 *
 * Views of Zig stack memory made while a callback runs are detached when it
 * returns (the frame they point into is about to die).
 */
#ifndef ZR_ZIG_CLOSURES_H
#define ZR_ZIG_CLOSURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "natives.h"
#include "runtime.h"

extern const zr_native zr_zig_closure_natives[];

struct zig_library;

/* zigar_host's closure functions (zig_loader.c puts them in the host). */
void *zr_zig_closure_context(void);
int32_t zr_zig_call_js(void *context, void *args);
void zr_zig_release_function(const void *fn);

/* Runs a call of closure `context` on the JS thread. `job` (NULL for calls
 * made on the JS thread) is a call from another thread, whose stack
 * [stack_lo, stack_hi) is detached like the JS thread's when the call
 * returns, and which may complete later (ZR_CALL_PENDING, zig_threads.h). */
struct zr_thread_job;
int32_t zr_zig_closures_run(void *context, void *args, struct zr_thread_job *job, uintptr_t stack_lo,
                            uintptr_t stack_hi);
/* The size of a closure's argument struct. */
size_t zr_zig_closure_args_size(void *context);

/* A Zig call made from JS (zig_loader.c's zr_zig_invoke brackets its thunk
 * with begin/end) while JS function pointers are alive: the callbacks Zig
 * makes straight from this call share one TryCatch, and one handle scope
 * renewed every few callbacks, instead of opening their own (a quarter of
 * a callback's cost). The record lives on the invoking C frame's stack, so
 * the TryCatch sits between the JS that called Zig and the JS called back.
 * Calls made any other way (from other threads' jobs, nested deeper) still
 * open their own. */
typedef struct zr_callback_frame {
  v8c_catch_scope catcher;
  v8c_handle_scope scope;
  v8c_isolate *iso;
  int depth;       /* callback_depth when the frame began */
  int scope_uses;  /* callbacks in the open scope; -1: none open */
  bool active;
  struct zr_callback_frame *outer;
} zr_callback_frame;
void zr_zig_callbacks_begin(v8c_isolate *iso, zr_callback_frame *f);
void zr_zig_callbacks_end(zr_callback_frame *f);

/* __zigar.abandon(): releases every closure of the library. */
void zr_zig_closures_abandon(struct zig_library *lib);
/* The (abandoned) library is being closed: its closures' stubs, which
 * jumped to its handlers, now end the process with a message instead, and
 * nothing keeps pointers into its table. */
void zr_zig_closures_library_closed(struct zig_library *lib);
/* Live (not released) closures, for natives.zigStats(). */
size_t zr_zig_closures_live(void);
/* The same count's address: Zig's direct entries (zig_fast.c) read it on
 * every call, where a call into the runtime would cost a fifth of it. */
const size_t *zr_zig_closures_live_count(void);

/* zig_memory.c calls this for every new ArrayBuffer over Zig memory: one
 * over this thread's stack, made while a callback runs, is detached when the
 * callback returns. */
void zr_zig_closures_note_buffer(v8c_isolate *iso, uintptr_t address, size_t len, v8c_value buffer);

#endif
