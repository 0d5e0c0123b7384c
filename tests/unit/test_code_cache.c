/* test_code_cache.c — V8 code caches for compiled functions (produce after a
 * run, consume, reject stale/corrupt ones) and external static strings. */
#include <stdlib.h>

#include "unit.h"

static const char *const params[] = { "a", "b" };

static const char source_a[] =
    "function inner(x) { return x * 2 + b; }\n"
    "function unused(x) { return x - 1; }\n"
    "return inner(a);\n";

static v8c_value compile(const char *source, const void *cache, size_t len, bool *rejected) {
  return v8c_compile_function_cached(T.ctx, str(source), "test:code-cache.js", 2, params, cache, len, rejected);
}

/* fn(20, 2) as an int, or -1. */
static int call(v8c_value fn) {
  v8c_value argv[2] = { v8c_int32(T.iso, 20), v8c_int32(T.iso, 2) };
  v8c_value r = v8c_call(T.ctx, fn, v8c_undefined(T.iso), 2, argv);
  int32_t out = -1;
  if (!r || !v8c_to_int32(T.ctx, r, &out)) return -1;
  return out;
}

/* A cache for source_a made after one call (so `inner` is compiled). */
static void *make_cache(size_t *len) {
  v8c_value fn = compile(source_a, NULL, 0, NULL);
  if (!fn || call(fn) != 42) return NULL;
  return v8c_code_cache_create(fn, len);
}

TEST(code_cache_round_trip) {
  size_t len = 0;
  void *cache = make_cache(&len);
  CHECK(cache != NULL && len > 0);
  bool rejected = true;
  v8c_value fn = compile(source_a, cache, len, &rejected);
  CHECK(fn != NULL);
  CHECK(!rejected);
  CHECK(call(fn) == 42);
  /* the source is still there for toString and lazy functions */
  set_global("f", fn);
  CHECK_STR(js_str("String(f).includes('function unused')"), "true");
  free(cache);
}

TEST(code_cache_includes_functions_compiled_by_the_run) {
  v8c_value fn = compile(source_a, NULL, 0, NULL);
  CHECK(fn != NULL);
  size_t before = 0, after = 0;
  void *c1 = v8c_code_cache_create(fn, &before);
  CHECK(call(fn) == 42);
  void *c2 = v8c_code_cache_create(fn, &after);
  CHECK(c1 && c2);
  CHECK(after > before); /* `inner` was compiled lazily by the call */
  free(c1);
  free(c2);
}

TEST(code_cache_for_another_source_is_rejected) {
  size_t len = 0;
  void *cache = make_cache(&len);
  CHECK(cache != NULL);
  bool rejected = false;
  v8c_value fn = compile("return a + b + 1000;", cache, len, &rejected);
  CHECK(fn != NULL);
  CHECK(rejected);
  CHECK(call(fn) == 1022);
  free(cache);
}

TEST(code_cache_corrupt_or_truncated_is_rejected) {
  size_t len = 0;
  unsigned char *cache = make_cache(&len);
  CHECK(cache != NULL && len > 64);
  bool rejected = false;
  /* truncated */
  v8c_value fn = compile(source_a, cache, len / 2, &rejected);
  CHECK(fn != NULL && rejected && call(fn) == 42);
  /* garbage of the right length */
  unsigned char *junk = malloc(len);
  for (size_t i = 0; i < len; i++) junk[i] = (unsigned char)(i * 37 + 11);
  rejected = false;
  fn = compile(source_a, junk, len, &rejected);
  CHECK(fn != NULL && rejected && call(fn) == 42);
  /* a flipped byte in the header (V8's magic number) */
  memcpy(junk, cache, len);
  junk[0] ^= 0xff;
  rejected = false;
  fn = compile(source_a, junk, len, &rejected);
  CHECK(fn != NULL && rejected && call(fn) == 42);
  free(junk);
  free(cache);
}

TEST(code_cache_none_given_is_not_rejected) {
  bool rejected = true;
  v8c_value fn = compile(source_a, NULL, 0, &rejected);
  CHECK(fn != NULL && !rejected);
  rejected = true;
  fn = compile(source_a, "x", 0, &rejected); /* zero length: no cache */
  CHECK(fn != NULL && !rejected);
}

TEST(code_cache_syntax_error_still_throws) {
  size_t len = 0;
  void *cache = make_cache(&len);
  CHECK(cache != NULL);
  bool rejected = false;
  v8c_value fn = compile("return a +;", cache, len, &rejected);
  CHECK(fn == NULL);
  CHECK(strstr(take_exception(), "SyntaxError") != NULL);
  free(cache);
}

TEST(code_cache_create_needs_a_function) {
  size_t len = 123;
  CHECK(v8c_code_cache_create(v8c_int32(T.iso, 1), &len) == NULL);
  CHECK(len == 0);
}

TEST(code_cache_version_tag_is_stable) {
  uint32_t tag = v8c_code_cache_version_tag();
  CHECK(tag != 0);
  CHECK(tag == v8c_code_cache_version_tag());
}

static const char static_text[] = "caf\xe9 + 'x'"; /* Latin-1 */

TEST(string_external_static) {
  v8c_value s = v8c_string_external_static(T.iso, static_text, sizeof static_text - 1);
  CHECK(s != NULL);
  CHECK(v8c_string_length(s) == sizeof static_text - 1);
  set_global("s", s);
  CHECK_STR(js_str("s.charCodeAt(3).toString(16) + s.slice(4)"), "e9 + 'x'");
  v8c_value e = v8c_string_external_static(T.iso, static_text, 0);
  CHECK(e != NULL && v8c_string_length(e) == 0);
  /* usable as source text, and survives a GC */
  static const char body[] = "return a * b;";
  v8c_value fn = v8c_compile_function(T.ctx, v8c_string_external_static(T.iso, body, sizeof body - 1),
                                      "test:external.js", 2, params);
  CHECK(fn != NULL);
  v8c_gc(T.iso);
  CHECK(call(fn) == 40);
}
