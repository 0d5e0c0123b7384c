/*
 * loop.c — libuv's default loop driving V8 (loop.h).
 *
 * Handles:
 * - prepare: before the loop may block in poll: pump V8's foreground tasks
 *   and flush buffered stdout, so output appears before we sleep.
 * - check: after poll: run the immediates, then the epilogue.
 * - idle: active only while immediates are pending, so poll does not block.
 * - keepalive: an async handle ref'd while zr_loop_ref's count is positive.
 *   The count is atomic and may change on any thread; only the loop thread
 *   ref's or unref's the handle (other threads wake it with uv_async_send,
 *   the one libuv call that is safe from anywhere). Before the loop ends for
 *   good, zig_threads.c confirms no Zig thread may still call in.
 * After each macrotask's epilogue, abandoned Zig libraries that nothing can
 * use any more are closed (zig_loader.c, docs/abandon.md).
 * Unhandled rejections are collected from V8's reject callback and reported
 * only after a microtask checkpoint has drained: a rejection that gets its
 * handler later in the same tick (`Promise.reject(x).catch(f)`) is removed
 * from the list by the HANDLER_ADDED_AFTER event before we look.
 */
#include "loop.h"

#include <pthread.h>
#include <stdatomic.h>

#include "check.h"
#include "errors.h"
#include "output.h"
#include "zig_loader.h"
#include "zig_threads.h"

typedef struct pending_rejection {
  v8c_persistent *promise;
  v8c_persistent *reason;
} pending_rejection;

static uv_prepare_t prepare_handle;
static uv_check_t check_handle;
static uv_idle_t idle_handle;
static bool immediates_pending;
static uv_async_t keepalive_handle; /* ref'd while zr_loop_ref count > 0 */
static atomic_int keepalive_count;
static bool keepalive_refed;      /* loop thread only */
static pthread_t loop_thread;

static pending_rejection *rejections;
static size_t rejection_count, rejection_cap;

static void pump_platform(zr_runtime *rt) {
  v8c_handle_scope scope;
  v8c_handle_scope_open(rt->iso, &scope);
  while (v8c_platform_pump(rt->iso) > 0) {
    zr_loop_after_macrotask(rt->main_realm);
  }
  v8c_handle_scope_close(&scope);
}

static void on_prepare(uv_prepare_t *h) {
  zr_runtime *rt = h->data;
  pump_platform(rt);
  zr_output_flush();
}

static void on_check(uv_check_t *h) {
  zr_runtime *rt = h->data;
  if (!immediates_pending) return;
  zr_realm *realm = rt->main_realm;
  v8c_handle_scope scope;
  v8c_handle_scope_open(rt->iso, &scope);
  v8c_context ctx = zr_realm_context(realm);
  v8c_context_enter(ctx);
  v8c_value fn = v8c_persistent_get(rt->iso, realm->immediate_dispatch);
  zr_loop_call(realm, fn, v8c_undefined(rt->iso), 0, NULL);
  v8c_context_exit(ctx);
  v8c_handle_scope_close(&scope);
}

static void on_idle(uv_idle_t *h) {
  (void)h; /* exists only to keep poll from blocking */
}

/* Loop thread: the handle's ref state follows the count. */
static void reconcile_keepalive(void) {
  bool want = atomic_load(&keepalive_count) > 0;
  if (want == keepalive_refed) return;
  keepalive_refed = want;
  if (want) uv_ref((uv_handle_t *)&keepalive_handle);
  else uv_unref((uv_handle_t *)&keepalive_handle);
}

static void on_keepalive(uv_async_t *h) {
  (void)h;
  reconcile_keepalive();
}

void zr_loop_init(zr_runtime *rt) {
  rt->loop = uv_default_loop();
  loop_thread = pthread_self();
  CHECK(uv_prepare_init(rt->loop, &prepare_handle) == 0);
  prepare_handle.data = rt;
  CHECK(uv_prepare_start(&prepare_handle, on_prepare) == 0);
  uv_unref((uv_handle_t *)&prepare_handle);
  CHECK(uv_check_init(rt->loop, &check_handle) == 0);
  check_handle.data = rt;
  CHECK(uv_check_start(&check_handle, on_check) == 0);
  uv_unref((uv_handle_t *)&check_handle);
  CHECK(uv_idle_init(rt->loop, &idle_handle) == 0);
  idle_handle.data = rt;
  CHECK(uv_async_init(rt->loop, &keepalive_handle, on_keepalive) == 0);
  uv_unref((uv_handle_t *)&keepalive_handle);
}

void zr_loop_set_immediate_state(zr_runtime *rt, bool queued, bool refed) {
  (void)rt;
  immediates_pending = queued;
  if (refed) uv_idle_start(&idle_handle, on_idle);
  else uv_idle_stop(&idle_handle);
}

static void keepalive_changed(void) {
  if (pthread_equal(pthread_self(), loop_thread)) reconcile_keepalive();
  else uv_async_send(&keepalive_handle);
}

void zr_loop_ref(zr_runtime *rt) {
  (void)rt;
  atomic_fetch_add(&keepalive_count, 1);
  keepalive_changed();
}

void zr_loop_unref(zr_runtime *rt) {
  (void)rt;
  CHECK(atomic_fetch_sub(&keepalive_count, 1) > 0);
  keepalive_changed();
}

void zr_loop_run(zr_runtime *rt) {
  for (;;) {
    uv_run(rt->loop, UV_RUN_DEFAULT);
    /* A ref from another thread may not have reached the handle yet. */
    reconcile_keepalive();
    if (atomic_load(&keepalive_count) > 0) continue;
    if (zr_zig_threads_may_exit()) break;
  }
}

static void close_handle(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

void zr_loop_close(zr_runtime *rt) {
  uv_walk(rt->loop, close_handle, NULL);
  uv_run(rt->loop, UV_RUN_DEFAULT);
  CHECK(uv_loop_close(rt->loop) == 0);
}

void zr_loop_on_promise_reject(v8c_isolate *iso, v8c_reject_event event, v8c_value promise,
                               v8c_value value) {
  if (event == V8C_REJECT_WITH_NO_HANDLER) {
    if (rejection_count == rejection_cap) {
      rejection_cap = rejection_cap ? rejection_cap * 2 : 8;
      rejections = zr_xrealloc(rejections, rejection_cap * sizeof *rejections);
    }
    rejections[rejection_count].promise = v8c_persistent_new(iso, promise);
    rejections[rejection_count].reason = v8c_persistent_new(iso, value);
    rejection_count++;
  } else if (event == V8C_REJECT_HANDLER_ADDED_AFTER) {
    for (size_t i = 0; i < rejection_count; i++) {
      if (v8c_strict_equals(v8c_persistent_get(iso, rejections[i].promise), promise)) {
        v8c_persistent_free(rejections[i].promise);
        v8c_persistent_free(rejections[i].reason);
        rejections[i] = rejections[--rejection_count];
        break;
      }
    }
  }
}

static void report_rejections(zr_realm *realm) {
  if (rejection_count == 0) return;
  /* The oldest unhandled rejection is fatal, as in Node's default mode. */
  v8c_isolate *iso = realm->rt->iso;
  v8c_value reason = v8c_persistent_get(iso, rejections[0].reason);
  zr_die_with(realm, reason, NULL, ZR_PHASE_RUNTIME, true);
}

void zr_loop_after_macrotask(zr_realm *realm) {
  v8c_isolate *iso = realm->rt->iso;
  v8c_context ctx = zr_realm_context(realm);
  /* Node's order: the nextTick queue, then promise microtasks, again while
   * either refilled the other. */
  do {
    if (realm->ticks_pending) {
      v8c_value fn = v8c_persistent_get(iso, realm->tick_dispatch);
      if (!v8c_call(ctx, fn, v8c_undefined(iso), 0, NULL)) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
    }
    v8c_microtasks_run(iso);
    if (v8c_exception_pending(iso)) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  } while (realm->ticks_pending);
  report_rejections(realm);
  zr_zig_libraries_after_macrotask(); /* abandoned libraries nothing uses any more */
}

void zr_loop_call(zr_realm *realm, v8c_value fn, v8c_value recv, int argc, v8c_value *argv) {
  v8c_context ctx = zr_realm_context(realm);
  if (!v8c_call(ctx, fn, recv, argc, argv)) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  zr_loop_after_macrotask(realm);
}
