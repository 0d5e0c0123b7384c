/* test_values.c — primitives, type checks, bigints, conversions, JSON. */
#include <stdlib.h>

#include "unit.h"

TEST(values_primitives_round_trip) {
  CHECK(v8c_is_undefined(v8c_undefined(T.iso)));
  CHECK(v8c_is_null(v8c_null(T.iso)));
  CHECK(v8c_is_null_or_undefined(v8c_null(T.iso)));
  CHECK(v8c_is_true(v8c_boolean(T.iso, true)));
  CHECK(!v8c_boolean_value(v8c_boolean(T.iso, false)));
  CHECK(v8c_number_value(v8c_number(T.iso, 3.25)) == 3.25);
  CHECK(v8c_is_int32(v8c_int32(T.iso, -7)));
  CHECK(v8c_number_value(v8c_uint32(T.iso, 4000000000u)) == 4000000000.0);
  CHECK(!v8c_is_int32(v8c_uint32(T.iso, 4000000000u)));
}

TEST(values_type_checks_from_js) {
  CHECK(v8c_is_function(js("(function(){})")));
  CHECK(v8c_is_array(js("[1,2]")));
  CHECK(v8c_is_array_buffer(js("new ArrayBuffer(4)")));
  CHECK(v8c_is_shared_array_buffer(js("new SharedArrayBuffer(4)")));
  CHECK(v8c_is_data_view(js("new DataView(new ArrayBuffer(4))")));
  CHECK(v8c_is_typed_array(js("new Uint8Array(2)")));
  CHECK(v8c_is_array_buffer_view(js("new Uint8Array(2)")));
  CHECK(v8c_is_promise(js("Promise.resolve(1)")));
  CHECK(v8c_is_proxy(js("new Proxy({}, {})")));
  CHECK(v8c_is_native_error(js("new TypeError('x')")));
  CHECK(v8c_is_symbol(js("Symbol('s')")));
  CHECK(v8c_is_bigint(js("10n")));
  CHECK(!v8c_is_object(js("'str'")));
}

TEST(values_equality) {
  CHECK(v8c_strict_equals(js("1"), v8c_number(T.iso, 1)));
  CHECK(!v8c_strict_equals(js("NaN"), js("NaN")));
  CHECK(v8c_same_value(js("NaN"), js("NaN")));
  CHECK(!v8c_same_value(js("0"), js("-0")));
}

TEST(values_bigint_64) {
  bool lossless = false;
  v8c_value b = v8c_bigint_from_int64(T.iso, INT64_MIN);
  CHECK(v8c_bigint_int64(b, &lossless) == INT64_MIN && lossless);
  v8c_value u = v8c_bigint_from_uint64(T.iso, UINT64_MAX);
  CHECK(v8c_bigint_uint64(u, &lossless) == UINT64_MAX && lossless);
  v8c_bigint_int64(u, &lossless);
  CHECK(!lossless);
  set_global("u", u);
  CHECK_STR(js_str("u === 2n**64n - 1n"), "true");
}

TEST(values_bigint_many_words) {
  uint64_t words[4] = {1, 2, 3, 0x8000000000000000ull};
  v8c_value b = v8c_bigint_from_words(T.ctx, true, 4, words);
  CHECK(b);
  set_global("b", b);
  CHECK_STR(js_str("b === -(1n + (2n << 64n) + (3n << 128n) + (1n << 255n))"), "true");
  CHECK(v8c_bigint_word_count(b) == 4);
  uint64_t out[4] = {0};
  int count = 4;
  bool neg = false;
  v8c_bigint_words(b, &neg, &count, out);
  CHECK(neg && count == 4);
  CHECK(out[0] == 1 && out[1] == 2 && out[2] == 3 && out[3] == 0x8000000000000000ull);
  v8c_value big = js("(1n << 200n) + 5n");
  CHECK(v8c_bigint_word_count(big) == 4);
}

TEST(values_bigint_too_many_words_throws) {
  /* V8's limit is 2^30 bits = 2^24 words; calloc'ed pages stay untouched. */
  int n = (1 << 24) + 1;
  uint64_t *words = calloc((size_t)n, sizeof *words);
  CHECK(words);
  words[0] = 1;
  v8c_value b = v8c_bigint_from_words(T.ctx, false, n, words);
  free(words);
  CHECK(b == NULL);
  CHECK(v8c_exception_pending(T.iso));
  CHECK(strstr(take_exception(), "RangeError") != NULL);
}

TEST(values_conversions) {
  double d = 0;
  CHECK(v8c_to_number(T.ctx, js("({ valueOf() { return 42.5 } })"), &d) && d == 42.5);
  int32_t i = 0;
  CHECK(v8c_to_int32(T.ctx, str("  -12 "), &i) && i == -12);
  CHECK(v8c_to_boolean(T.ctx, str("x")));
  CHECK(!v8c_to_boolean(T.ctx, v8c_number(T.iso, 0)));
  CHECK(v8c_is_object(v8c_to_object(T.ctx, v8c_number(T.iso, 1))));
  v8c_value s = v8c_to_string(T.ctx, v8c_number(T.iso, 1.5));
  CHECK(s && v8c_is_string(s));
  char *c = v8c_to_utf8(T.ctx, s, NULL);
  CHECK_STR(c, "1.5");
  free(c);
}

TEST(values_conversion_throws) {
  double d = 0;
  CHECK(!v8c_to_number(T.ctx, js("({ valueOf() { throw new Error('nope') } })"), &d));
  CHECK_STR(take_exception(), "Error: nope");
  CHECK(!v8c_to_number(T.ctx, js("Symbol()"), &d));
  CHECK(strstr(take_exception(), "TypeError"));
  CHECK(v8c_to_string(T.ctx, js("Symbol()")) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
  CHECK(v8c_to_object(T.ctx, v8c_undefined(T.iso)) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(values_typeof) {
  char *s = v8c_to_utf8(T.ctx, v8c_typeof(T.iso, js("10n")), NULL);
  CHECK_STR(s, "bigint");
  free(s);
  s = v8c_to_utf8(T.ctx, v8c_typeof(T.iso, v8c_null(T.iso)), NULL);
  CHECK_STR(s, "object");
  free(s);
}

TEST(json_round_trip) {
  v8c_value v = v8c_json_parse(T.ctx, str("{\"a\":[1,2,{\"b\":null}]}"));
  CHECK(v && v8c_is_object(v));
  v8c_value s = v8c_json_stringify(T.ctx, v);
  char *c = v8c_to_utf8(T.ctx, s, NULL);
  CHECK_STR(c, "{\"a\":[1,2,{\"b\":null}]}");
  free(c);
}

TEST(json_parse_error) {
  CHECK(v8c_json_parse(T.ctx, str("{bad")) == NULL);
  CHECK(strstr(take_exception(), "SyntaxError"));
  CHECK(v8c_json_stringify(T.ctx, js("var o = {}; o.o = o; o")) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
}

TEST(heap_statistics_nonzero) {
  v8c_heap_stats hs;
  v8c_heap_statistics(T.iso, &hs);
  CHECK(hs.total_heap_size > 0 && hs.used_heap_size > 0 && hs.heap_size_limit > 0);
  CHECK(hs.malloced_memory > 0);
  v8c_adjust_external_memory(T.iso, 1 << 20);
  v8c_adjust_external_memory(T.iso, -(1 << 20));
  CHECK(strncmp(v8c_version(), "10.2", 4) == 0);
}

TEST(isolate_and_context_data) {
  static int a, b;
  v8c_isolate_set_data(T.iso, &a);
  CHECK(v8c_isolate_get_data(T.iso) == &a);
  CHECK(v8c_context_get_data(T.ctx, 3) == NULL);
  v8c_context_set_data(T.ctx, 3, &b);
  CHECK(v8c_context_get_data(T.ctx, 3) == &b);
  CHECK(v8c_context_isolate(T.ctx) == T.iso);
  CHECK(v8c_current_context(T.iso) == T.ctx || v8c_current_context(T.iso) != NULL);
}

TEST(escapable_scope) {
  v8c_escapable_scope es;
  v8c_escapable_scope_open(T.iso, &es);
  v8c_value inner = v8c_string(T.iso, "kept", -1);
  v8c_value out = v8c_escapable_scope_escape(&es, inner);
  v8c_escapable_scope_close(&es);
  char *c = v8c_to_utf8(T.ctx, out, NULL);
  CHECK_STR(c, "kept");
  free(c);
}

TEST(second_context_shares_token) {
  v8c_context other = v8c_context_new(T.iso);
  v8c_context_share_security_token(T.ctx, other);
  set_global("otherGlobal", v8c_context_global(other));
  v8c_context_enter(other);
  v8c_script_run(other, str("globalThis.marker = 7"), "other.js");
  v8c_context_exit(other);
  CHECK_STR(js_str("otherGlobal.marker + (otherGlobal.Array === Array ? 'same' : 'diff')"), "7diff");
}
