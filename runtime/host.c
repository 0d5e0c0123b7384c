/*
 * host.c — the test262 host: `$262`, `print` and the --test262-child run
 * (docs/testing.md).
 *
 * natives: createRealm() → the new realm's global object; evalScript(src)
 * runs a classic script in the calling realm; detachArrayBuffer(ab).
 * stdlib-js/test262_host.js builds `$262` from these.
 */
#include <string.h>

#include "check.h"
#include "errors.h"
#include "host.h"
#include "loop.h"
#include "modules.h"
#include "natives.h"
#include "paths.h"
#include "stdlib_js.h"

static v8c_value native_create_realm(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  zr_runtime *rt = zr_realm_of(ctx)->rt;
  zr_realm *realm = zr_realm_new(rt);
  if (!realm) return NULL;
  v8c_context other = zr_realm_context(realm);
  v8c_context_share_security_token(ctx, other);
  return v8c_context_global(other);
}

static v8c_value native_eval_script(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value source = v8c_to_string(ctx, v8c_callinfo_arg(info, 0));
  if (!source) return NULL;
  return v8c_script_run(ctx, source, "evalScript");
}

static v8c_value native_detach_array_buffer(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value ab = v8c_callinfo_arg(info, 0);
  if (!v8c_is_array_buffer(ab)) return v8c_throw_type_error(ctx, "detachArrayBuffer: not an ArrayBuffer");
  if (!v8c_array_buffer_detach(ctx, ab)) return NULL;
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_is_test_child(v8c_callinfo *info) {
  return v8c_boolean(v8c_callinfo_isolate(info), zr_runtime_get()->options.test_child);
}

const zr_native zr_host_natives[] = {
  { "createRealm", native_create_realm, 0 },
  { "evalScript", native_eval_script, 1 },
  { "detachArrayBuffer", native_detach_array_buffer, 1 },
  { "isTestChild", native_is_test_child, 0 },
  { NULL, NULL, 0 },
};

/* Runs a file as a classic script, telling compile errors from throws. */
static void run_script_file(zr_realm *realm, const char *path, bool strict, bool is_test) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_isolate *iso = realm->rt->iso;
  size_t len;
  char *text = zr_read_file(path, &len);
  if (!text) {
    v8c_throw_error(ctx, "Cannot read '%s'", path);
    zr_die_with_pending(realm, ZR_PHASE_RESOLUTION);
  }
  /* "use strict" on the first line, so line numbers stay true. */
  const char *prefix = strict ? "\"use strict\";" : "";
  size_t plen = strlen(prefix);
  char *source_text = zr_xmalloc(plen + len + 1);
  memcpy(source_text, prefix, plen);
  memcpy(source_text + plen, text, len + 1);
  free(text);
  char *url = zr_path_to_file_url(path);
  v8c_value source = v8c_string(iso, source_text, (ptrdiff_t)(plen + len));
  free(source_text);
  v8c_script script = source ? v8c_script_compile(ctx, source, url) : NULL;
  free(url);
  if (!script) zr_die_with_pending(realm, is_test ? ZR_PHASE_PARSE : ZR_PHASE_RESOLUTION);
  if (!v8c_script_run_compiled(ctx, script)) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  zr_loop_after_macrotask(realm);
}

void zr_host_run_test_child(zr_realm *realm) {
  const zr_options *o = &realm->rt->options;
  if (!zr_stdlib_require(realm, "test262_host")) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  for (int i = 0; i < o->include_count; i++) run_script_file(realm, o->includes[i], o->test_strict, false);
  if (o->test_module) zr_modules_run_main(realm, o->script);
  else run_script_file(realm, o->script, o->test_strict, true);
}
