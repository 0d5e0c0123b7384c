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
 * holds it, or on (possibly new) Zig memory. *is_zig tells which. */
v8c_value zr_zig_view(v8c_context ctx, uintptr_t address, size_t len, bool *is_zig);

/* Live external bytes made on JS's behalf (for __zigar.stats()). */
size_t zr_zig_memory_live_bytes(void);

#endif
