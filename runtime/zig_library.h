/*
 * zig_library.h — private to the zig_*.c files: a loaded module library and
 * the call primitive they share.
 */
#ifndef ZR_ZIG_LIBRARY_H
#define ZR_ZIG_LIBRARY_H

#include "runtime.h"
#include "zig_abi.h"

typedef struct zig_library {
  int id;
  char *path;
  void *dl;
  const zigar_module *table;
  bool abandoned;
  zr_realm *realm;
  v8c_persistent *meta;
  v8c_persistent *module;
} zig_library;

/* By handle, or NULL. */
zig_library *zr_zig_library(int id);
/* Argument i of a native as a library handle; NULL with an exception pending. */
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

#endif
