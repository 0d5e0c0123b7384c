/*
 * natives.h — the C functions stdlib-js reaches through its `natives` object.
 *
 * Each concern's C file exports a NULL-terminated table; zr_natives_new
 * builds the object for a realm from all of them. A native is an ordinary
 * v8c_callback and follows the shim's exception rule (NULL iff pending).
 */
#ifndef ZR_NATIVES_H
#define ZR_NATIVES_H

#include "runtime.h"

typedef struct zr_native {
  const char *name;
  v8c_callback callback;
  int length;
} zr_native;

extern const zr_native zr_core_natives[];     /* natives.c: write, inspect helpers, microtasks */
extern const zr_native zr_timer_natives[];    /* timers.c */
extern const zr_native zr_process_natives[];  /* process.c */
extern const zr_native zr_host_natives[];     /* host.c: $262 and realms */
extern const zr_native zr_zig_memory_natives[]; /* zig_memory.c: zigDetachReason */

/* process.c: the value properties (argv, env, pid, …) of `natives`. */
bool zr_process_values(v8c_context ctx, v8c_value natives);

/* A fresh null-prototype object holding every native. */
v8c_value zr_natives_new(v8c_context ctx);

/* Helpers for natives: argument i as a UTF-8 copy (free it), or NULL with
 * an exception pending. */
char *zr_arg_utf8(v8c_callinfo *info, int i, size_t *len);

#endif
