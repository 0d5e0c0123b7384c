/*
 * realm.c — a V8 context made ready for scripts (runtime.h's zr_realm).
 *
 * Making a realm: new context, its `natives` object, its stdlib-js require,
 * then stdlib-js/bootstrap.js installs the globals. The realm is found again
 * from any callback through the context's data slot.
 */
#include "runtime.h"

#include <string.h>

#include "check.h"
#include "natives.h"
#include "stdlib_js.h"

zr_realm *zr_realm_of(v8c_context ctx) {
  zr_realm *realm = v8c_context_get_data(ctx, ZR_CONTEXT_SLOT_REALM);
  CHECK(realm != NULL);
  return realm;
}

v8c_context zr_realm_context(zr_realm *realm) {
  return (v8c_context)v8c_persistent_get(realm->rt->iso, realm->context);
}

static v8c_value native_require(v8c_callinfo *info) {
  zr_realm *realm = v8c_callinfo_data(info);
  char *name = zr_arg_utf8(info, 0, NULL);
  if (!name) return NULL;
  v8c_value exports = zr_stdlib_require(realm, name);
  free(name);
  return exports;
}

zr_realm *zr_realm_new(zr_runtime *rt) {
  v8c_isolate *iso = rt->iso;
  zr_realm *realm = zr_xcalloc(1, sizeof *realm);
  realm->rt = rt;
  v8c_context ctx = v8c_context_new(iso);
  CHECK(ctx != NULL);
  v8c_context_set_data(ctx, ZR_CONTEXT_SLOT_REALM, realm);
  realm->context = v8c_persistent_new(iso, (v8c_value)ctx);
  realm->next = rt->main_realm ? rt->main_realm->next : NULL;
  if (rt->main_realm) rt->main_realm->next = realm;

  v8c_context_enter(ctx);
  v8c_value natives = zr_natives_new(ctx);
  CHECK(natives != NULL);
  realm->natives = v8c_persistent_new(iso, natives);
  realm->require_cache = v8c_persistent_new(iso, v8c_object_new_null_proto(ctx));
  v8c_value require = v8c_function_new(ctx, "require", 1, native_require, realm);
  CHECK(require != NULL);
  realm->require_fn = v8c_persistent_new(iso, require);
  v8c_value ok = zr_stdlib_require(realm, "bootstrap");
  v8c_context_exit(ctx);
  return ok ? realm : NULL;
}
