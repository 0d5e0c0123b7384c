/* test_weak.c — persistent handles, weak finalizers after GC, pump. */
#include <stdlib.h>

#include "unit.h"

TEST(persistent_outlives_scope) {
  v8c_persistent *p;
  {
    v8c_handle_scope hs;
    v8c_handle_scope_open(T.iso, &hs);
    p = v8c_persistent_new(T.iso, str("persisted"));
    v8c_handle_scope_close(&hs);
  }
  v8c_gc(T.iso);
  char *c = v8c_to_utf8(T.ctx, v8c_persistent_get(T.iso, p), NULL);
  CHECK_STR(c, "persisted");
  free(c);
  v8c_persistent_free(p);
}

static int finalized;
static void finalizer(void *data) {
  finalized++;
  v8c_persistent_free(data);
}

TEST(weak_finalizer_runs_after_gc) {
  finalized = 0;
  v8c_persistent *p;
  {
    v8c_handle_scope hs;
    v8c_handle_scope_open(T.iso, &hs);
    p = v8c_persistent_new(T.iso, v8c_object_new(T.ctx));
    v8c_handle_scope_close(&hs);
  }
  v8c_persistent_set_weak(p, finalizer, p);
  for (int i = 0; i < 3 && !finalized; i++) {
    v8c_gc(T.iso);
    v8c_platform_pump(T.iso);
  }
  CHECK(finalized == 1);
}

TEST(weak_cleared_is_kept) {
  finalized = 0;
  v8c_persistent *p;
  {
    v8c_handle_scope hs;
    v8c_handle_scope_open(T.iso, &hs);
    p = v8c_persistent_new(T.iso, v8c_object_new(T.ctx));
    v8c_handle_scope_close(&hs);
  }
  v8c_persistent_set_weak(p, finalizer, p);
  v8c_persistent_clear_weak(p);
  v8c_gc(T.iso);
  CHECK(finalized == 0);
  CHECK(v8c_persistent_get(T.iso, p) != NULL);
  v8c_persistent_free(p);
}

TEST(weak_reachable_object_survives) {
  finalized = 0;
  v8c_value o = js("globalThis.keep = {}; keep");
  v8c_persistent *p = v8c_persistent_new(T.iso, o);
  v8c_persistent_set_weak(p, finalizer, p);
  v8c_gc(T.iso);
  CHECK(finalized == 0);
  CHECK(v8c_strict_equals(v8c_persistent_get(T.iso, p), js("keep")));
  v8c_persistent_clear_weak(p);
  v8c_persistent_free(p);
}

TEST(finalization_registry_runs_with_pump) {
  CHECK(js("globalThis.cleaned = 0;"
           "globalThis.reg = new FinalizationRegistry(() => { cleaned++ });"
           "(function () { reg.register({}, 1) })(); 0"));
  for (int i = 0; i < 5; i++) {
    v8c_gc(T.iso);
    v8c_platform_pump(T.iso);
    v8c_microtasks_run(T.iso);
  }
  CHECK_STR(js_str("cleaned"), "1");
}
