/*
 * zig_library.h — private to the zig_*.c files (and crash.c): a loaded
 * module library, the call primitive they share, and what decides when an
 * abandoned library is closed (docs/abandon.md).
 *
 * A zig_library struct lives as long as the process (handles are looked up
 * by id). Once the library is closed (`closed`), `dl` and `table` are NULL:
 * everything that reaches a library through a handle or a stored pointer
 * checks `abandoned` (set first) before it touches the table, a function or
 * the library's memory.
 */
#ifndef ZR_ZIG_LIBRARY_H
#define ZR_ZIG_LIBRARY_H

#include "runtime.h"
#include "zig_abi.h"

typedef struct zig_library {
  int id;
  char *path;               /* the .zig file */
  char *so_path;            /* the built library (the cache file) */
  char *name;               /* table->name, kept for after the close */
  void *dl;                 /* NULL once closed */
  const zigar_module *table; /* NULL once closed */
  bool abandoned;           /* one byte: zig_fast.c hands its address to Zig */
  bool closed;
  /* The span the loader mapped for the library (every PT_LOAD segment);
   * reserved PROT_NONE once closed, so its addresses are never reused. */
  uintptr_t map_start, map_end;
  /* Pages of the span someone else mapped before the reservation (rare:
   * another thread, between dlclose's munmap and ours): not ours. */
  uintptr_t *lost_pages;
  size_t lost_count;
  /* JS ArrayBuffers over memory inside the span (views of its variables
   * and constants), alive now; main thread only. */
  size_t live_views;
  /* Why it is never closed (a static string), or NULL. */
  const char *kept_open;
  zr_realm *realm;
  v8c_persistent *meta;
  v8c_persistent *module;
} zig_library;

/* By handle, or NULL. */
zig_library *zr_zig_library(int id);
/* Argument i of a native as a library handle; NULL with an exception pending
 * (a closed library's handle throws "Module was abandoned"). */
zig_library *zr_zig_library_arg(v8c_callinfo *info, int i);
/* Fills the allocator fields and zeroes the return slot of `args`. */
void zr_zig_prepare_args(const zigar_module *t, const zigar_function *fn, uint8_t *args);
/* Runs the thunk with output redirection and JS-allocator bookkeeping;
 * false iff a JS exception is pending (from a redirected console.log).
 * *allocations (nullable) receives the array of JS buffers the allocator
 * made, or NULL. */
bool zr_zig_invoke(v8c_context ctx, const zigar_function *fn, void *args, v8c_value *allocations);
/* The same bracket around fn(a, b) (zigar_promise.resolve). */
bool zr_zig_run(v8c_context ctx, void (*fn)(const void *, void *), const void *a, void *b);

/* ---- closing abandoned libraries (zig_loader.c) ---- */

/* The open library whose span overlaps [address, address + len), or NULL. */
zig_library *zr_zig_library_at(uintptr_t address, size_t len);
/* The closed library whose (reserved) span overlaps [address, address +
 * len), or NULL. No locks, no allocation: crash reports use it too. */
const zig_library *zr_zig_library_closed_at(uintptr_t address, size_t len);
/* zig_memory.c: a JS ArrayBuffer over the library's span was made / died
 * (collected or detached). Main thread. */
void zr_zig_library_view_added(zig_library *lib);
void zr_zig_library_view_dropped(zig_library *lib);

#endif
