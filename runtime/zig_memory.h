/*
 * zig_memory.h — memory shared between JavaScript and Zig.
 *
 * - JS memory made for Zig (the JS allocator a std.mem.Allocator parameter
 *   receives, over-aligned buffers for data objects) is malloc'ed memory
 *   wrapped in an external ArrayBuffer; V8 frees it through a deleter when the
 *   last JS reference dies. Deleters may run on a GC thread, so they only
 *   enqueue; the frees run on the loop (woken with uv_async).
 * - A registry maps addresses of that memory back to its ArrayBuffer, so a
 *   pointer Zig returns into JS memory becomes a view on the same buffer.
 * - Zig memory (.rodata, .data, heap, stack) is wrapped without a copy in an
 *   external ArrayBuffer with no deleter; one buffer per block while it lives.
 *   Buffers inside a module library's loaded span are counted per library
 *   while they live: an abandoned library is closed only when none is left
 *   (docs/abandon.md).
 */
#ifndef ZR_ZIG_MEMORY_H
#define ZR_ZIG_MEMORY_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime.h"

void zr_zig_memory_init(zr_runtime *rt);

/* New zero-filled JS memory aligned to `alignment` (a power of two), as a
 * DataView; NULL with an exception pending on failure. */
v8c_value zr_zig_alloc_js(v8c_context ctx, size_t len, size_t alignment, void **data_out);

/* A DataView of `len` bytes at `address`: on the registered JS buffer that
 * holds it, or on (possibly new) Zig memory. *is_zig tells which. An
 * address in the span of a library that was closed throws "Module was
 * abandoned" (NULL returned). */
v8c_value zr_zig_view(v8c_context ctx, uintptr_t address, size_t len, bool *is_zig);

/* Remembers a JS-owned ArrayBuffer whose address was handed to Zig, so a
 * pointer Zig returns into it maps back onto it (zr_zig_view). Cheap when
 * already known; forgotten when V8 collects the buffer. Zig-memory buffers
 * (external, ours) are ignored. */
void zr_zig_memory_note_js_buffer(v8c_isolate *iso, v8c_value buffer, uintptr_t base, size_t len);

/* The registered block holding `address` (for crash reports: no locks, no
 * allocation). */
bool zr_zig_memory_find(uintptr_t address, uintptr_t *start, size_t *len, bool *is_js);

/* Drops the registry entry of a Zig-memory buffer (zig_closures.c detached
 * it: the stack frame it viewed is gone), so the address gets a new buffer. */
void zr_zig_memory_forget(v8c_isolate *iso, v8c_value buffer);

/* Zig unmapped [address, address + len): detach every Zig-memory buffer
 * inside it, so JS gets a TypeError instead of reading unmapped or reused
 * memory. Only on the main thread inside V8 (otherwise it does nothing). */
void zr_zig_memory_released(uintptr_t address, size_t len);

/* Why the runtime detached a buffer of Zig memory: stdlib-js turns a read
 * of it into a TypeError that says so (natives.zigDetachReason). */
typedef enum {
  ZR_DETACHED_NOT = 0,
  ZR_DETACHED_STACK = 1,  /* a view of a Zig stack frame that has returned */
  ZR_DETACHED_FREED = 2,  /* memory Zig unmapped (freed) */
} zr_detach_reason;

/* Detaches `buffer` (if it can be) and records why. */
void zr_zig_memory_detach(v8c_context ctx, v8c_value buffer, zr_detach_reason reason);



/* Live external bytes made on JS's behalf (for __zigar.stats()). */
size_t zr_zig_memory_live_bytes(void);

#endif
