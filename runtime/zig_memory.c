/*
 * zig_memory.c — JS memory for Zig and Zig memory for JS (zig_memory.h).
 *
 * Both registries are small sorted-free arrays scanned linearly: calls that
 * return pointers are rare next to calls that don't, and a data object keeps
 * its own view, so lookups happen once per returned pointer. (A tree is the
 * upgrade when a profile says so.)
 *
 * Lifetimes: an entry holds a *weak* handle to its ArrayBuffer. JS buffers
 * leave the registry when their deleter's queued free runs; Zig buffers when
 * their weak handle is collected (the finalizer only marks the slot free).
 */
#include "zig_memory.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct region {
  uintptr_t start;
  size_t len;
  v8c_persistent *buffer;   /* weak */
  bool is_js;
  bool in_use;
} region;

static region *regions;
static size_t region_count, region_cap;

/* Frees queued by deleters (any thread), run on the loop. */
typedef struct pending_free {
  void *data;
  struct pending_free *next;
} pending_free;
static pthread_mutex_t free_lock = PTHREAD_MUTEX_INITIALIZER;
static pending_free *free_queue;
static uv_async_t free_async;
static atomic_size_t live_bytes;

static void drop_region_for(uintptr_t start) {
  for (size_t i = 0; i < region_count; i++) {
    if (regions[i].in_use && regions[i].is_js && regions[i].start == start) {
      v8c_persistent_free(regions[i].buffer);
      regions[i].in_use = false;
      return;
    }
  }
}

static void run_frees(uv_async_t *h) {
  (void)h;
  pthread_mutex_lock(&free_lock);
  pending_free *list = free_queue;
  free_queue = NULL;
  pthread_mutex_unlock(&free_lock);
  while (list) {
    pending_free *next = list->next;
    drop_region_for((uintptr_t)list->data);
    free(list->data);
    free(list);
    list = next;
  }
}

static void js_memory_deleter(void *data, size_t len, void *deleter_data) {
  (void)deleter_data;
  pending_free *p = malloc(sizeof *p);
  CHECK(p != NULL);
  p->data = data;
  atomic_fetch_sub(&live_bytes, len);
  pthread_mutex_lock(&free_lock);
  p->next = free_queue;
  free_queue = p;
  pthread_mutex_unlock(&free_lock);
  uv_async_send(&free_async);
}

void zr_zig_memory_init(zr_runtime *rt) {
  CHECK(uv_async_init(rt->loop, &free_async, run_frees) == 0);
  uv_unref((uv_handle_t *)&free_async);
}

size_t zr_zig_memory_live_bytes(void) {
  return atomic_load(&live_bytes);
}

static void on_zig_buffer_collected(void *data) {
  region *r = &regions[(size_t)(uintptr_t)data];
  /* The handle is empty now; the slot can be reused. */
  v8c_persistent_free(r->buffer);
  r->in_use = false;
}

static size_t add_region(uintptr_t start, size_t len, v8c_isolate *iso, v8c_value buffer, bool is_js) {
  size_t slot = region_count;
  for (size_t i = 0; i < region_count; i++) {
    if (!regions[i].in_use) {
      slot = i;
      break;
    }
  }
  if (slot == region_count) {
    if (region_count == region_cap) {
      region_cap = region_cap ? region_cap * 2 : 64;
      regions = zr_xrealloc(regions, region_cap * sizeof *regions);
    }
    region_count++;
  }
  region *r = &regions[slot];
  r->start = start;
  r->len = len;
  r->is_js = is_js;
  r->in_use = true;
  r->buffer = v8c_persistent_new(iso, buffer);
  if (!is_js) v8c_persistent_set_weak(r->buffer, on_zig_buffer_collected, (void *)(uintptr_t)slot);
  else v8c_persistent_set_weak(r->buffer, NULL, NULL);
  return slot;
}

v8c_value zr_zig_alloc_js(v8c_context ctx, size_t len, size_t alignment, void **data_out) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (alignment < sizeof(void *)) alignment = sizeof(void *);
  size_t padded = (len + alignment - 1) / alignment * alignment;
  void *data = aligned_alloc(alignment, padded ? padded : alignment);
  if (!data) return v8c_throw_range_error(ctx, "Unable to allocate %zu bytes of JavaScript memory", len);
  memset(data, 0, padded ? padded : alignment);
  v8c_value buffer = v8c_array_buffer_new_external(ctx, data, len, js_memory_deleter, NULL);
  if (!buffer) {
    free(data);
    return NULL;
  }
  atomic_fetch_add(&live_bytes, len);
  add_region((uintptr_t)data, len, iso, buffer, true);
  if (data_out) *data_out = data;
  return v8c_data_view_new(ctx, buffer, 0, len);
}

v8c_value zr_zig_view(v8c_context ctx, uintptr_t address, size_t len, bool *is_zig) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  for (size_t i = 0; i < region_count; i++) {
    region *r = &regions[i];
    if (!r->in_use || address < r->start || address + len > r->start + r->len) continue;
    v8c_value buffer = v8c_persistent_get(iso, r->buffer);
    if (!buffer) continue;
    *is_zig = !r->is_js;
    return v8c_data_view_new(ctx, buffer, address - r->start, len);
  }
  *is_zig = true;
  v8c_value buffer = v8c_array_buffer_new_external(ctx, (void *)address, len, NULL, NULL);
  if (!buffer) return NULL;
  add_region(address, len, iso, buffer, false);
  return v8c_data_view_new(ctx, buffer, 0, len);
}
