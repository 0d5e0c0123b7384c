/* test_modules.c — ES modules through the resolve hook, top-level await,
 * dynamic import (from modules and classic scripts), import.meta, synthetic
 * modules, module errors. */
#include <stdlib.h>

#include "unit.h"

/* A tiny in-memory module registry keyed by specifier. */
typedef struct {
  const char *name, *source;
  v8c_persistent *module;
} mod_entry;
static mod_entry registry[8];
static int registry_count;
static int resolve_calls;

static void registry_reset(void) {
  for (int i = 0; i < registry_count; i++)
    if (registry[i].module) v8c_persistent_free(registry[i].module);
  memset(registry, 0, sizeof registry);
  registry_count = 0;
  resolve_calls = 0;
}
static void registry_add(const char *name, const char *source) {
  registry[registry_count++] = (mod_entry){name, source, NULL};
}

static v8c_value synthetic_eval(v8c_context ctx, v8c_module m) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (!v8c_module_set_export(ctx, m, "answer", v8c_int32(iso, 42))) return NULL;
  if (!v8c_module_set_export(ctx, m, "default", v8c_string(iso, "synthetic", -1))) return NULL;
  return v8c_undefined(iso);
}

static v8c_module load(v8c_context ctx, const char *name) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  for (int i = 0; i < registry_count; i++) {
    if (strcmp(registry[i].name, name) != 0) continue;
    if (registry[i].module)
      return v8c_module_from_value(v8c_persistent_get(iso, registry[i].module));
    v8c_module m;
    if (strcmp(registry[i].source, "<synthetic>") == 0) {
      const char *names[] = {"answer", "default"};
      m = v8c_module_new_synthetic(ctx, name, 2, names, synthetic_eval);
    } else {
      m = v8c_module_compile(ctx, v8c_string(iso, registry[i].source, -1), name);
    }
    if (!m) return NULL;
    registry[i].module = v8c_persistent_new(iso, v8c_module_to_value(m));
    return m;
  }
  v8c_throw_error(ctx, "Cannot find module '%s'", name);
  return NULL;
}

static v8c_module resolve(v8c_context ctx, v8c_value specifier, v8c_module referrer) {
  resolve_calls++;
  char *s = v8c_to_utf8(ctx, specifier, NULL);
  v8c_module m = load(ctx, s);
  free(s);
  return m;
}

static char last_referrer[128];

static v8c_value dynamic_import(v8c_context ctx, v8c_value specifier, v8c_value referrer) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  char *r = v8c_to_utf8(ctx, referrer, NULL);
  snprintf(last_referrer, sizeof last_referrer, "%s", r ? r : "?");
  free(r);
  v8c_value resolver = v8c_promise_resolver_new(ctx);
  char *s = v8c_to_utf8(ctx, specifier, NULL);
  v8c_module m = load(ctx, s);
  free(s);
  if (!m || !v8c_module_instantiate(ctx, m) || !v8c_module_evaluate(ctx, m)) {
    v8c_value ex = v8c_exception_take(iso, NULL);
    v8c_promise_resolver_reject(ctx, resolver, ex);
  } else {
    v8c_promise_resolver_resolve(ctx, resolver, v8c_module_namespace(m));
  }
  return v8c_promise_resolver_promise(resolver);
}

static void import_meta(v8c_context ctx, v8c_module module, v8c_value meta) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  char url[64];
  snprintf(url, sizeof url, "mem:%d", v8c_module_identity_hash(module) == v8c_module_identity_hash(module));
  v8c_set_named(ctx, meta, "url", v8c_string(iso, url, -1));
}

static void install_hooks(void) {
  registry_reset();
  v8c_isolate_set_module_hooks(T.iso, resolve, dynamic_import, import_meta);
}

static v8c_value run_module(const char *name) {
  v8c_module m = load(T.ctx, name);
  if (!m) return NULL;
  if (!v8c_module_instantiate(T.ctx, m)) return NULL;
  v8c_value p = v8c_module_evaluate(T.ctx, m);
  v8c_microtasks_run(T.iso);
  return p;
}

TEST(modules_import_each_other) {
  install_hooks();
  registry_add("main", "import { b } from 'b'; import c from 'c';\n"
                       "export const result = b() + c;");
  registry_add("b", "import c from 'c'; export function b() { return c * 2 }");
  registry_add("c", "export default 7;");
  v8c_module m = load(T.ctx, "main");
  CHECK(m && v8c_module_status_of(m) == V8C_MODULE_UNINSTANTIATED);
  CHECK(v8c_module_request_count(T.ctx, m) == 2);
  char *s = v8c_to_utf8(T.ctx, v8c_module_request(T.ctx, m, 1), NULL);
  CHECK_STR(s, "c");
  free(s);
  CHECK(v8c_module_instantiate(T.ctx, m));
  CHECK(v8c_module_status_of(m) == V8C_MODULE_INSTANTIATED);
  CHECK(resolve_calls >= 3);
  v8c_value p = v8c_module_evaluate(T.ctx, m);
  CHECK(p && v8c_is_promise(p));
  v8c_microtasks_run(T.iso);
  CHECK(v8c_module_status_of(m) == V8C_MODULE_EVALUATED);
  v8c_value ns = v8c_module_namespace(m);
  CHECK(v8c_is_module_namespace(ns));
  CHECK(v8c_number_value(v8c_get_named(T.ctx, ns, "result")) == 21);
  registry_reset();
}

TEST(modules_resolve_failure) {
  install_hooks();
  registry_add("main", "import x from 'missing'; export default x;");
  v8c_module m = load(T.ctx, "main");
  CHECK(m);
  CHECK(!v8c_module_instantiate(T.ctx, m));
  CHECK_STR(take_exception(), "Error: Cannot find module 'missing'");
  registry_reset();
}

TEST(modules_top_level_await) {
  install_hooks();
  registry_add("tla", "export let v = 1; await Promise.resolve(); v = 2;\n"
                      "globalThis.after = v;");
  v8c_module m = load(T.ctx, "tla");
  CHECK(v8c_module_instantiate(T.ctx, m));
  v8c_value p = v8c_module_evaluate(T.ctx, m);
  CHECK(p && v8c_is_promise(p));
  CHECK(v8c_promise_state_of(p) == V8C_PROMISE_PENDING);
  v8c_microtasks_run(T.iso);
  CHECK(v8c_promise_state_of(p) == V8C_PROMISE_FULFILLED);
  CHECK_STR(js_str("after"), "2");
  registry_reset();
}

TEST(modules_evaluation_error) {
  install_hooks();
  registry_add("bad", "throw new TypeError('module failed');");
  v8c_value p = run_module("bad");
  CHECK(p && v8c_promise_state_of(p) == V8C_PROMISE_REJECTED);
  v8c_module m = v8c_module_from_value(v8c_persistent_get(T.iso, registry[0].module));
  CHECK(v8c_module_status_of(m) == V8C_MODULE_ERRORED);
  char *s = v8c_to_utf8(T.ctx, v8c_module_exception(m), NULL);
  CHECK_STR(s, "TypeError: module failed");
  free(s);
  registry_reset();
}

TEST(modules_syntax_error_has_location) {
  install_hooks();
  v8c_module m = v8c_module_compile(T.ctx, str("export const a = ;"), "/src/broken.mjs");
  CHECK(m == NULL);
  v8c_message_info info;
  v8c_exception_take(T.iso, &info);
  CHECK_STR(info.resource_name, "/src/broken.mjs");
  CHECK(info.line == 1 && info.start_column == 17);
  v8c_message_info_free(&info);
}

TEST(modules_dynamic_import_from_module) {
  install_hooks();
  registry_add("main", "globalThis.res = import('dep').then(ns => ns.x + ':' + import.meta.url);");
  registry_add("dep", "export const x = 'dep';");
  CHECK(run_module("main"));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("var out; res.then(v => out = v); 0"), "0");
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("out"), "dep:mem:1");
  CHECK_STR(last_referrer, "main");
  registry_reset();
}

TEST(modules_dynamic_import_from_script) {
  install_hooks();
  registry_add("dep", "export default 'from script';");
  CHECK(v8c_script_run(T.ctx, str("var out; import('dep').then(ns => out = ns.default, e => out = 'E:' + e)"),
                       "/app/classic.js"));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("out"), "from script");
  CHECK_STR(last_referrer, "/app/classic.js");
  CHECK(js("var err; import('nope').catch(e => err = e.message)"));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("err"), "Cannot find module 'nope'");
  registry_reset();
}

TEST(modules_synthetic) {
  install_hooks();
  registry_add("main", "import d, { answer } from 'syn'; globalThis.s = d + answer;");
  registry_add("syn", "<synthetic>");
  v8c_value p = run_module("main");
  CHECK(p);
  CHECK_STR(js_str("s"), "synthetic42");
  registry_reset();
}

static v8c_value synthetic_fail(v8c_context ctx, v8c_module m) {
  return v8c_throw_error(ctx, "synthetic failed");
}

TEST(modules_synthetic_failure) {
  install_hooks();
  const char *names[] = {"x"};
  v8c_module m = v8c_module_new_synthetic(T.ctx, "fail", 1, names, synthetic_fail);
  CHECK(v8c_module_instantiate(T.ctx, m));
  v8c_value p = v8c_module_evaluate(T.ctx, m);
  v8c_microtasks_run(T.iso);
  if (p) {
    CHECK(v8c_promise_state_of(p) == V8C_PROMISE_REJECTED);
  } else {
    CHECK(strstr(take_exception(), "synthetic failed"));
  }
  CHECK(v8c_module_status_of(m) == V8C_MODULE_ERRORED);
  CHECK(!v8c_module_set_export(T.ctx, m, "nope", v8c_int32(T.iso, 1)));
  CHECK(v8c_exception_take(T.iso, NULL) != NULL);
}

static v8c_value failing_import(v8c_context ctx, v8c_value specifier, v8c_value referrer) {
  return v8c_throw_type_error(ctx, "import refused");
}

TEST(modules_dynamic_import_hook_throws_rejects) {
  v8c_isolate_set_module_hooks(T.iso, NULL, failing_import, NULL);
  CHECK(js("var e3; import('x').catch(e => e3 = e.message)"));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("e3"), "import refused");
}

TEST(modules_without_hooks) {
  v8c_isolate_set_module_hooks(T.iso, NULL, NULL, NULL);
  CHECK(js("var e2; import('x').catch(e => e2 = e.message)"));
  v8c_microtasks_run(T.iso);
  CHECK_STR(js_str("e2"), "dynamic import is not supported");
}

TEST(modules_dynamic_import_from_compiled_function) {
  install_hooks();
  registry_add("dep", "export default 'from fn';");
  v8c_value f = v8c_compile_function(T.ctx, str("return import('dep')"), "/app/fn.js", 0, NULL);
  CHECK(f);
  v8c_value p = v8c_call(T.ctx, f, NULL, 0, NULL);
  CHECK(p && v8c_is_promise(p));
  v8c_microtasks_run(T.iso);
  CHECK(v8c_promise_state_of(p) == V8C_PROMISE_FULFILLED);
  CHECK_STR(last_referrer, "/app/fn.js");
  registry_reset();
}
