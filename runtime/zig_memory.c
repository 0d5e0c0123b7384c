/*
 * zig_memory.c — JS memory for Zig and Zig memory for JS (zig_memory.h).
 *
 * Two registries, because the two kinds behave differently:
 * - JS memory blocks (the JS allocator, over-aligned buffers) are many and
 *   short-lived — a loop making strings through the allocator makes one per
 *   iteration — and never overlap (each is its own malloc block). They live
 *   in a binary search tree keyed by address range (tsearch), so lookups and
 *   inserts stay O(log n) however many are alive.
 * - Zig memory blocks (pointers Zig returned) are few and may overlap (two
 *   slices of one buffer); they are an array scanned linearly, reused
 *   through a free list.
 * Both hold *weak* handles to their ArrayBuffer. JS blocks leave when V8
 * frees the backing store: the deleter (any thread) only queues the block;
 * the queue is drained on the loop and also at every allocation, so a long
 * synchronous loop that allocates does not pile up garbage until it yields.
 * V8 is told about the external bytes so it collects in time.
 *
 * Zig blocks inside a module library's loaded span (views of its variables
 * and constants) are counted per library while their buffer lives; an
 * abandoned library is closed once its count is zero (zig_loader.c,
 * docs/abandon.md). A closed library's span stays reserved, and a view of
 * it is refused: "Module was abandoned".
 */
#include "zig_memory.h"

#include <pthread.h>
#include <search.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "natives.h"
#include "zig_closures.h"
#include "zig_library.h"

/* ---- JS memory ------------------------------------------------------------- */

typedef struct js_block {
  uintptr_t start;
  size_t len;
  v8c_persistent *buffer;  /* weak */
  bool foreign;            /* V8's own memory (noted by zigAddress), not ours */
} js_block;

static void *js_tree;        /* tsearch root of js_block* */
static size_t js_block_count;

/* Orders blocks by range; a zero-length probe "equals" the block holding it. */
static int compare_blocks(const void *a, const void *b) {
  const js_block *x = a, *y = b;
  if (x->len == 0 && x->start >= y->start && x->start < y->start + (y->len ? y->len : 1)) return 0;
  if (y->len == 0 && y->start >= x->start && y->start < x->start + (x->len ? x->len : 1)) return 0;
  if (x->start < y->start) return -1;
  if (x->start > y->start) return 1;
  return 0;
}

static js_block *find_js_block(uintptr_t address) {
  js_block probe = { .start = address, .len = 0 };
  void *found = tfind(&probe, &js_tree, compare_blocks);
  return found ? *(js_block **)found : NULL;
}

static void remove_js_block(js_block *b) {
  tdelete(b, &js_tree, compare_blocks);
  js_block_count--;
  v8c_persistent_free(b->buffer);
  free(b);
}

static bool in_zig_block(uintptr_t address);

/* Frees queued by deleters (any thread), run on the main thread. */
typedef struct pending_free {
  void *data;
  size_t len;
  struct pending_free *next;
} pending_free;
static pthread_mutex_t free_lock = PTHREAD_MUTEX_INITIALIZER;
static pending_free *free_queue;
static atomic_bool frees_pending;
static uv_async_t free_async;
static atomic_size_t live_bytes;
static pthread_t main_thread;
static bool main_thread_set;

static void drain_frees(void) {
  if (!atomic_exchange(&frees_pending, false)) return;
  pthread_mutex_lock(&free_lock);
  pending_free *list = free_queue;
  free_queue = NULL;
  pthread_mutex_unlock(&free_lock);
  int64_t released = 0;
  while (list) {
    pending_free *next = list->next;
    js_block *b = find_js_block((uintptr_t)list->data);
    if (b && b->start == (uintptr_t)list->data && !b->foreign) remove_js_block(b);
    released += (int64_t)list->len;
    free(list->data);
    free(list);
    list = next;
  }
  zr_runtime *rt = zr_runtime_get();
  if (rt->iso && released) v8c_adjust_external_memory(rt->iso, -released);
}

static void on_free_async(uv_async_t *h) {
  (void)h;
  drain_frees();
}

static void js_memory_deleter(void *data, size_t len, void *deleter_data) {
  (void)deleter_data;
  pending_free *p = malloc(sizeof *p);
  CHECK(p != NULL);
  p->data = data;
  p->len = len;
  atomic_fetch_sub(&live_bytes, len);
  pthread_mutex_lock(&free_lock);
  p->next = free_queue;
  free_queue = p;
  pthread_mutex_unlock(&free_lock);
  atomic_store(&frees_pending, true);
  uv_async_send(&free_async);
}

/* A foreign buffer was collected: its memory may be reused by the next
 * allocation, so its entry must go now (first-pass weak callback: no JS). */
static void on_foreign_collected(void *data) {
  remove_js_block(data);
}

void zr_zig_memory_note_js_buffer(v8c_isolate *iso, v8c_value buffer, uintptr_t base, size_t len) {
  if (base == 0 || len == 0) return;
  js_block *b = find_js_block(base);
  if (b && b->start == base && b->len == len) {
    v8c_value known = v8c_persistent_get(iso, b->buffer);
    if (known && v8c_strict_equals(known, buffer)) return;
  }
  if (b) {
    if (!b->foreign) return;   /* our own allocation: its deleter owns the entry */
    remove_js_block(b);        /* a dead or different buffer at the same place */
  }
  if (in_zig_block(base)) return; /* a view of Zig memory is not JS memory */
  b = zr_xmalloc(sizeof *b);
  b->start = base;
  b->len = len;
  b->foreign = true;
  b->buffer = v8c_persistent_new(iso, buffer);
  v8c_persistent_set_weak(b->buffer, on_foreign_collected, b);
  CHECK(tsearch(b, &js_tree, compare_blocks) != NULL);
  js_block_count++;
}

v8c_value zr_zig_alloc_js(v8c_context ctx, size_t len, size_t alignment, void **data_out) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  drain_frees();
  if (alignment < sizeof(void *)) alignment = sizeof(void *);
  size_t padded = (len + alignment - 1) / alignment * alignment;
  if (padded == 0) padded = alignment;
  void *data = aligned_alloc(alignment, padded);
  if (!data) return v8c_throw_range_error(ctx, "Unable to allocate %zu bytes of JavaScript memory", len);
  memset(data, 0, padded);
  v8c_value buffer = v8c_array_buffer_new_external(ctx, data, len, js_memory_deleter, NULL);
  if (!buffer) {
    free(data);
    return NULL;
  }
  atomic_fetch_add(&live_bytes, len);
  v8c_adjust_external_memory(iso, (int64_t)len);
  js_block *b = zr_xmalloc(sizeof *b);
  b->start = (uintptr_t)data;
  b->len = len;
  b->foreign = false;
  b->buffer = v8c_persistent_new(iso, buffer);
  v8c_persistent_set_weak(b->buffer, NULL, NULL);
  CHECK(tsearch(b, &js_tree, compare_blocks) != NULL);
  js_block_count++;
  if (data_out) *data_out = data;
  return v8c_data_view_new(ctx, buffer, 0, len);
}

/* ---- Zig memory ------------------------------------------------------------- */

typedef struct zig_block {
  uintptr_t start;
  size_t len;
  v8c_persistent *buffer;  /* weak */
  bool in_use;
  size_t next_free;        /* free-list link when !in_use */
  zig_library *lib;        /* the library whose span it is in, or NULL */
} zig_block;

#define NO_SLOT ((size_t)-1)
static zig_block *zig_blocks;
static size_t zig_block_count, zig_block_cap;
static size_t first_free = NO_SLOT;

static void release_zig_block(size_t i) {
  zig_block *z = &zig_blocks[i];
  v8c_persistent_free(z->buffer);
  z->buffer = NULL;
  z->in_use = false;
  if (z->lib) {
    zig_library *lib = z->lib;
    z->lib = NULL;
    zr_zig_library_view_dropped(lib); /* may ask for a close check: only a flag and a wake-up */
  }
  z->next_free = first_free;
  first_free = i;
}

static void on_zig_buffer_collected(void *data) {
  /* The handle is empty now; the slot can be reused. */
  release_zig_block((size_t)(uintptr_t)data);
}

static void add_zig_block(uintptr_t start, size_t len, v8c_isolate *iso, v8c_value buffer) {
  size_t slot;
  if (first_free != NO_SLOT) {
    slot = first_free;
    first_free = zig_blocks[slot].next_free;
  } else {
    if (zig_block_count == zig_block_cap) {
      zig_block_cap = zig_block_cap ? zig_block_cap * 2 : 64;
      zig_blocks = zr_xrealloc(zig_blocks, zig_block_cap * sizeof *zig_blocks);
    }
    slot = zig_block_count++;
  }
  zig_block *z = &zig_blocks[slot];
  z->start = start;
  z->len = len;
  z->in_use = true;
  z->lib = zr_zig_library_at(start, len);
  if (z->lib) zr_zig_library_view_added(z->lib);
  z->buffer = v8c_persistent_new(iso, buffer);
  v8c_persistent_set_weak(z->buffer, on_zig_buffer_collected, (void *)(uintptr_t)slot);
}

v8c_value zr_zig_view(v8c_context ctx, uintptr_t address, size_t len, bool *is_zig) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  drain_frees();
  js_block *b = find_js_block(address);
  if (b && address + len <= b->start + b->len) {
    v8c_value buffer = v8c_persistent_get(iso, b->buffer);
    if (buffer) {
      *is_zig = false;
      return v8c_data_view_new(ctx, buffer, address - b->start, len);
    }
  }
  for (size_t i = 0; i < zig_block_count; i++) {
    zig_block *z = &zig_blocks[i];
    if (!z->in_use || address < z->start || address + len > z->start + z->len) continue;
    v8c_value buffer = v8c_persistent_get(iso, z->buffer);
    if (!buffer) continue;
    *is_zig = true;
    return v8c_data_view_new(ctx, buffer, address - z->start, len);
  }
  *is_zig = true;
  /* A kept address into a closed library: its span is reserved, nothing to read. */
  if (zr_zig_library_closed_at(address, len)) return v8c_throw_error(ctx, "Module was abandoned");
  v8c_value buffer = v8c_array_buffer_new_external(ctx, (void *)address, len, NULL, NULL);
  if (!buffer) return NULL;
  add_zig_block(address, len, iso, buffer);
  zr_zig_closures_note_buffer(iso, address, len, buffer); /* stack memory: detached after the callback */
  return v8c_data_view_new(ctx, buffer, 0, len);
}

static bool in_zig_block(uintptr_t address) {
  for (size_t i = 0; i < zig_block_count; i++) {
    const zig_block *z = &zig_blocks[i];
    if (z->in_use && address >= z->start && address < z->start + z->len) return true;
  }
  return false;
}

void zr_zig_memory_forget(v8c_isolate *iso, v8c_value buffer) {
  for (size_t i = 0; i < zig_block_count; i++) {
    zig_block *z = &zig_blocks[i];
    if (!z->in_use) continue;
    v8c_value b = v8c_persistent_get(iso, z->buffer);
    if (b && v8c_strict_equals(b, buffer)) {
      release_zig_block(i);
      return;
    }
  }
}

void zr_zig_memory_released(uintptr_t address, size_t len) {
  zr_runtime *rt = zr_runtime_get();
  if (!rt->iso || !main_thread_set || !pthread_equal(pthread_self(), main_thread)) return;
  v8c_handle_scope scope;
  v8c_handle_scope_open(rt->iso, &scope);
  v8c_context ctx = v8c_current_context(rt->iso);
  for (size_t i = 0; ctx && i < zig_block_count; i++) {
    zig_block *z = &zig_blocks[i];
    if (!z->in_use || z->start + z->len <= address || z->start >= address + len) continue;
    v8c_value buffer = v8c_persistent_get(rt->iso, z->buffer);
    if (buffer) zr_zig_memory_detach(ctx, buffer, ZR_DETACHED_FREED);
    release_zig_block(i);
  }
  v8c_handle_scope_close(&scope);
}

/* ---- shared --------------------------------------------------------------------- */

#define DETACH_KEY "zigar-run:detached"

void zr_zig_memory_detach(v8c_context ctx, v8c_value buffer, zr_detach_reason reason) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (!v8c_array_buffer_is_detachable(buffer)) return;
  /* Private pointers must be 2-byte aligned: store the reason shifted. */
  if (!v8c_set_private_pointer(ctx, buffer, DETACH_KEY, (void *)((uintptr_t)reason << 1)))
    v8c_exception_take(iso, NULL);
  if (!v8c_array_buffer_detach(ctx, buffer)) v8c_exception_take(iso, NULL);
}

/* zigDetachReason(buffer) → 'stack' | 'freed' | undefined */
static v8c_value native_zig_detach_reason(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value buffer = v8c_callinfo_arg(info, 0);
  if (!v8c_is_object(buffer)) return v8c_undefined(iso);
  uintptr_t reason = (uintptr_t)v8c_get_private_pointer(ctx, buffer, DETACH_KEY) >> 1;
  if (reason == ZR_DETACHED_STACK) return v8c_string(iso, "stack", -1);
  if (reason == ZR_DETACHED_FREED) return v8c_string(iso, "freed", -1);
  return v8c_undefined(iso);
}

const zr_native zr_zig_memory_natives[] = {
  { "zigDetachReason", native_zig_detach_reason, 1 },
  { NULL, NULL, 0 },
};

void zr_zig_memory_init(zr_runtime *rt) {
  main_thread = pthread_self();
  main_thread_set = true;
  CHECK(uv_async_init(rt->loop, &free_async, on_free_async) == 0);
  uv_unref((uv_handle_t *)&free_async);
}

/* Crash reports only: reads without locks, allocates nothing. The JS tree
 * is searched with tfind, which only compares. */
bool zr_zig_memory_find(uintptr_t address, uintptr_t *start, size_t *len, bool *is_js) {
  js_block *b = find_js_block(address);
  if (b) {
    *start = b->start;
    *len = b->len;
    *is_js = true;
    return true;
  }
  for (size_t i = 0; i < zig_block_count; i++) {
    const zig_block *z = &zig_blocks[i];
    if (z->in_use && address >= z->start && address < z->start + z->len) {
      *start = z->start;
      *len = z->len;
      *is_js = false;
      return true;
    }
  }
  return false;
}

size_t zr_zig_memory_live_bytes(void) {
  return atomic_load(&live_bytes);
}
