/* test_promises.c — resolvers, state, then(), explicit microtasks and the
 * promise reject callback events. */
#include <stdlib.h>

#include "unit.h"

TEST(promises_resolver) {
  v8c_value r = v8c_promise_resolver_new(T.ctx);
  v8c_value p = v8c_promise_resolver_promise(r);
  CHECK(v8c_is_promise(p) && v8c_promise_state_of(p) == V8C_PROMISE_PENDING);
  CHECK(v8c_is_undefined(v8c_promise_result(p)));
  CHECK(v8c_promise_resolver_resolve(T.ctx, r, v8c_int32(T.iso, 3)));
  CHECK(v8c_promise_state_of(p) == V8C_PROMISE_FULFILLED);
  CHECK(v8c_number_value(v8c_promise_result(p)) == 3);
  v8c_value r2 = v8c_promise_resolver_new(T.ctx);
  v8c_value p2 = v8c_promise_resolver_promise(r2);
  set_global("p2", p2);
  CHECK(js("p2.catch(() => {}); 0"));
  CHECK(v8c_promise_has_handler(p2));
  CHECK(v8c_promise_resolver_reject(T.ctx, r2, str("why")));
  CHECK(v8c_promise_state_of(p2) == V8C_PROMISE_REJECTED);
}

TEST(microtasks_run_only_when_asked) {
  CHECK(js("globalThis.log = []; Promise.resolve().then(() => log.push('then')); log.push('sync'); 0"));
  CHECK_STR(js_str("log.join()"), "sync");
  CHECK_STR(js_str("log.join()"), "sync");
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("log.join()"), "sync,then");
  CHECK(v8c_microtask_enqueue(T.ctx, js("() => log.push('queued')")));
  CHECK_STR(js_str("log.length"), "2");
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("log.join()"), "sync,then,queued");
  CHECK(!v8c_microtask_enqueue(T.ctx, v8c_int32(T.iso, 1)));
  CHECK(strstr(take_exception(), "TypeError"));
}

static v8c_value record_cb(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value g = v8c_context_global(ctx);
  if (!v8c_set_named(ctx, g, v8c_callinfo_data(info), v8c_callinfo_arg(info, 0))) return NULL;
  return v8c_undefined(v8c_callinfo_isolate(info));
}

TEST(promises_then_from_c) {
  v8c_value ok = v8c_function_new(T.ctx, "ok", 1, record_cb, "got");
  v8c_value bad = v8c_function_new(T.ctx, "bad", 1, record_cb, "err");
  v8c_value p = js("Promise.resolve(11)");
  v8c_value d = v8c_promise_then(T.ctx, p, ok, bad);
  CHECK(d && v8c_is_promise(d));
  v8c_value q = js("Promise.reject(new Error('r'))");
  CHECK(v8c_promise_then(T.ctx, q, NULL, bad));
  v8c_value x = v8c_promise_then(T.ctx, js("Promise.resolve(1)"), NULL, NULL);
  CHECK(x && v8c_is_promise(x));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("got + ':' + err.message"), "11:r");
  CHECK(v8c_promise_then(T.ctx, v8c_object_new(T.ctx), ok, NULL) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

static int events[4];
static int last_event = -1;
static void on_reject(v8c_isolate *iso, v8c_reject_event ev, v8c_value promise, v8c_value value) {
  events[ev]++;
  last_event = ev;
}

TEST(promises_reject_callback_events) {
  memset(events, 0, sizeof events);
  v8c_isolate_set_promise_reject_callback(T.iso, on_reject);
  CHECK(js("globalThis.p = Promise.reject(1); 0"));
  CHECK(events[V8C_REJECT_WITH_NO_HANDLER] == 1);
  CHECK(js("p.catch(() => {}); 0"));
  CHECK(events[V8C_REJECT_HANDLER_ADDED_AFTER] == 1);
  CHECK(js("new Promise((res, rej) => { res(1); rej(2) }); 0"));
  CHECK(events[V8C_REJECT_AFTER_RESOLVED] == 1);
  CHECK(js("new Promise((res) => { res(1); res(2) }); 0"));
  CHECK(events[V8C_RESOLVE_AFTER_RESOLVED] == 1);
  /* Handled synchronously via a chained catch: no-handler then handler-added. */
  memset(events, 0, sizeof events);
  CHECK(js("Promise.reject(3).catch(() => {}); 0"));
  v8c_microtasks_run(T.iso);
  CHECK(events[V8C_REJECT_WITH_NO_HANDLER] == events[V8C_REJECT_HANDLER_ADDED_AFTER]);
}

TEST(async_function_needs_microtasks) {
  CHECK(js("globalThis.done = false; (async () => { await null; await null; done = true })(); 0"));
  CHECK_STR(js_str("done"), "false");
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("done"), "true");
}
