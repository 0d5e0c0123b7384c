/*
 * stdlib.c — loads embedded stdlib-js files into a realm (stdlib_js.h).
 *
 * Each file is compiled with CompileFunction rather than as a module: no
 * module graph to instantiate at start-up, and stack traces still name
 * `zigar-run:stdlib/<file>.js`. The exports object is cached in the realm's
 * require cache *before* the body runs, so two files may require each other.
 */
#include "stdlib_js.h"

#include <string.h>

#include "check.h"
#include <time.h>
static double now_ms(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
static int depth;

static const zr_stdlib_source *find_source(const char *name) {
  for (const zr_stdlib_source *s = zr_stdlib_sources; s->name; s++)
    if (strcmp(s->name, name) == 0) return s;
  return NULL;
}

v8c_value zr_stdlib_require(zr_realm *realm, const char *name) {
  v8c_isolate *iso = realm->rt->iso;
  v8c_context ctx = zr_realm_context(realm);
  v8c_value cache = v8c_persistent_get(iso, realm->require_cache);
  v8c_value key = v8c_string(iso, name, -1);
  v8c_value cached = v8c_get(ctx, cache, key);
  if (!cached) return NULL;
  if (!v8c_is_undefined(cached)) return cached;

  const zr_stdlib_source *src = find_source(name);
  if (!src) return v8c_throw_error(ctx, "stdlib-js has no file named '%s'", name);

  char resource[256];
  snprintf(resource, sizeof resource, "zigar-run:stdlib/%s.js", name);
  static const char *const params[] = { "exports", "require", "natives" };
  v8c_value source = v8c_string(iso, src->source, (ptrdiff_t)src->length);
  if (!source) return NULL;
  double t0=now_ms();
  v8c_value fn = v8c_compile_function(ctx, source, resource, 3, params);
  double t1=now_ms();
  if (!fn) return NULL;
  v8c_value exports = v8c_object_new(ctx);
  if (!v8c_set(ctx, cache, key, exports)) return NULL;
  v8c_value argv[3] = {
    exports,
    v8c_persistent_get(iso, realm->require_fn),
    v8c_persistent_get(iso, realm->natives),
  };
  depth++;
  if (!v8c_call(ctx, fn, v8c_undefined(iso), 3, argv)) return NULL;
  depth--;
  fprintf(stderr,"%*s%s compile %.3f run(incl) %.3f at %.3f\n",depth*2,"",name,t1-t0,now_ms()-t1,t0);
  return exports;
}
