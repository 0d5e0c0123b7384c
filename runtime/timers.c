/*
 * timers.c — natives behind setTimeout/setInterval and setImmediate.
 *
 * Each active Timeout object (stdlib-js/timers.js) owns one uv_timer_t; the
 * C timer holds the object strongly while it is scheduled, so an unreferenced
 * pending timer still fires. libuv fires timers that are due at the same time
 * in the order they were started, which is Node's order for equal delays.
 * When a timer fires, the realm's timer dispatcher (set once by timers.js)
 * runs the callback; the loop's epilogue then runs the microtasks.
 *
 * natives:
 *   timerStart(timeout, ms, repeat)  (re)arms; returns undefined
 *   timerStop(timeout)               disarms (no-op if not armed)
 *   timerRef(timeout, bool)          whether it keeps the loop alive
 *   setTimerDispatch(fn), setImmediateDispatch(fn), setTickDispatch(fn)
 *   setTicksPending(bool)            the epilogue runs the tick queue first
 *   setImmediateState(queued, refed) the check phase runs immediates while
 *                                    queued; they keep the loop alive if refed
 *   hrtime()                         bigint nanoseconds, monotonic
 */
#include <math.h>

#include "check.h"
#include "loop.h"
#include "natives.h"

#define TIMER_KEY "zigar-run:timer"

typedef struct zr_timer {
  uv_timer_t handle;
  zr_realm *realm;
  v8c_persistent *timeout;   /* strong while armed */
  bool repeat;
} zr_timer;

static void on_timer_closed(uv_handle_t *h) {
  free(h->data);
}

static void timer_disarm(zr_timer *t, v8c_context ctx) {
  uv_timer_stop(&t->handle);
  if (t->timeout) {
    v8c_value obj = v8c_persistent_get(t->realm->rt->iso, t->timeout);
    v8c_set_private_pointer(ctx, obj, TIMER_KEY, NULL);
    v8c_persistent_free(t->timeout);
    t->timeout = NULL;
  }
  uv_close((uv_handle_t *)&t->handle, on_timer_closed);
}

static void on_timer(uv_timer_t *h) {
  zr_timer *t = h->data;
  zr_realm *realm = t->realm;
  v8c_isolate *iso = realm->rt->iso;
  v8c_handle_scope scope;
  v8c_handle_scope_open(iso, &scope);
  v8c_context ctx = zr_realm_context(realm);
  v8c_context_enter(ctx);
  v8c_value obj = v8c_persistent_get(iso, t->timeout);
  if (!t->repeat) timer_disarm(t, ctx);  /* before the call: it may re-arm */
  v8c_value fn = v8c_persistent_get(iso, realm->timer_dispatch);
  zr_loop_call(realm, fn, v8c_undefined(iso), 1, &obj);
  v8c_context_exit(ctx);
  v8c_handle_scope_close(&scope);
}

static bool delay_arg(v8c_callinfo *info, int i, uint64_t *ms) {
  double d;
  if (!v8c_to_number(v8c_callinfo_context(info), v8c_callinfo_arg(info, i), &d)) return false;
  /* Node: delays outside 1..2^31-1 (and NaN) become 1 ms. */
  if (!(d >= 1 && d <= 2147483647.0)) d = 1;
  *ms = (uint64_t)floor(d);
  return true;
}

static v8c_value native_timer_start(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zr_realm *realm = zr_realm_of(ctx);
  v8c_value obj = v8c_callinfo_arg(info, 0);
  if (!v8c_is_object(obj)) return v8c_throw_type_error(ctx, "timerStart: not a Timeout");
  uint64_t ms;
  if (!delay_arg(info, 1, &ms)) return NULL;
  bool repeat = v8c_to_boolean(ctx, v8c_callinfo_arg(info, 2));
  zr_timer *t = v8c_get_private_pointer(ctx, obj, TIMER_KEY);
  if (!t) {
    t = zr_xcalloc(1, sizeof *t);
    t->realm = realm;
    CHECK(uv_timer_init(realm->rt->loop, &t->handle) == 0);
    t->handle.data = t;
    t->timeout = v8c_persistent_new(iso, obj);
    if (!v8c_set_private_pointer(ctx, obj, TIMER_KEY, t)) return NULL;
  }
  t->repeat = repeat;
  /* libuv measures from its cached loop time, which is stale while a script
   * runs synchronously (start-up, long computations): refresh it so the
   * delay counts from now, as Node's does. */
  uv_update_time(realm->rt->loop);
  CHECK(uv_timer_start(&t->handle, on_timer, ms, repeat ? ms : 0) == 0);
  return v8c_undefined(iso);
}

static v8c_value native_timer_stop(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value obj = v8c_callinfo_arg(info, 0);
  if (v8c_is_object(obj)) {
    zr_timer *t = v8c_get_private_pointer(ctx, obj, TIMER_KEY);
    if (t) timer_disarm(t, ctx);
  }
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_timer_ref(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value obj = v8c_callinfo_arg(info, 0);
  if (v8c_is_object(obj)) {
    zr_timer *t = v8c_get_private_pointer(ctx, obj, TIMER_KEY);
    if (t) {
      if (v8c_to_boolean(ctx, v8c_callinfo_arg(info, 1))) uv_ref((uv_handle_t *)&t->handle);
      else uv_unref((uv_handle_t *)&t->handle);
    }
  }
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value set_dispatch(v8c_callinfo *info, v8c_persistent **slot) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value fn = v8c_callinfo_arg(info, 0);
  if (!v8c_is_function(fn)) return v8c_throw_type_error(ctx, "dispatcher must be a function");
  if (*slot) v8c_persistent_free(*slot);
  *slot = v8c_persistent_new(v8c_callinfo_isolate(info), fn);
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_set_timer_dispatch(v8c_callinfo *info) {
  return set_dispatch(info, &zr_realm_of(v8c_callinfo_context(info))->timer_dispatch);
}

static v8c_value native_set_immediate_dispatch(v8c_callinfo *info) {
  return set_dispatch(info, &zr_realm_of(v8c_callinfo_context(info))->immediate_dispatch);
}

static v8c_value native_set_tick_dispatch(v8c_callinfo *info) {
  return set_dispatch(info, &zr_realm_of(v8c_callinfo_context(info))->tick_dispatch);
}

static v8c_value native_set_ticks_pending(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  zr_realm_of(ctx)->ticks_pending = v8c_to_boolean(ctx, v8c_callinfo_arg(info, 0));
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_set_immediate_state(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  zr_loop_set_immediate_state(zr_realm_of(ctx)->rt,
                              v8c_to_boolean(ctx, v8c_callinfo_arg(info, 0)),
                              v8c_to_boolean(ctx, v8c_callinfo_arg(info, 1)));
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_hrtime(v8c_callinfo *info) {
  return v8c_bigint_from_uint64(v8c_callinfo_isolate(info), uv_hrtime());
}

const zr_native zr_timer_natives[] = {
  { "timerStart", native_timer_start, 3 },
  { "timerStop", native_timer_stop, 1 },
  { "timerRef", native_timer_ref, 2 },
  { "setTimerDispatch", native_set_timer_dispatch, 1 },
  { "setImmediateDispatch", native_set_immediate_dispatch, 1 },
  { "setImmediateState", native_set_immediate_state, 2 },
  { "setTickDispatch", native_set_tick_dispatch, 1 },
  { "setTicksPending", native_set_ticks_pending, 1 },
  { "hrtime", native_hrtime, 0 },
  { NULL, NULL, 0 },
};
