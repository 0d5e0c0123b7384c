/* test_strings.c — UTF-8/Latin-1/UTF-16 in and out, lone surrogates,
 * truncation on character boundaries, symbols. */
#include <stdlib.h>

#include "unit.h"

TEST(strings_utf8_multibyte_round_trip) {
  const char *s = "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80"; /* héllo € 😀 */
  v8c_value v = v8c_string(T.iso, s, -1);
  CHECK(v8c_string_length(v) == 10); /* 😀 is two UTF-16 units */
  CHECK(v8c_string_utf8_length(T.iso, v) == strlen(s));
  char buf[64];
  size_t n = v8c_string_write_utf8(T.iso, v, buf, sizeof buf);
  CHECK(n == strlen(s) && memcmp(buf, s, n) == 0);
  set_global("s", v);
  CHECK_STR(js_str("s.codePointAt(8).toString(16)"), "1f600");
}

TEST(strings_explicit_length_with_nul) {
  v8c_value v = v8c_string(T.iso, "a\0b", 3);
  CHECK(v8c_string_length(v) == 3);
  size_t len = 0;
  char *c = v8c_to_utf8(T.ctx, v, &len);
  CHECK(len == 3 && c[1] == 0 && c[2] == 'b');
  free(c);
}

TEST(strings_lone_surrogate_becomes_replacement) {
  v8c_value v = js("'a\\uD800b'");
  char buf[16];
  size_t n = v8c_string_write_utf8(T.iso, v, buf, sizeof buf);
  CHECK(n == 5);
  CHECK(memcmp(buf, "a\xEF\xBF\xBD" "b", 5) == 0);
  char *c = v8c_to_utf8(T.ctx, js("'\\uDC00'"), NULL);
  CHECK_STR(c, "\xEF\xBF\xBD");
  free(c);
}

TEST(strings_write_never_splits_a_character) {
  v8c_value v = v8c_string(T.iso, "ab\xE2\x82\xAC", -1); /* ab€ */
  char buf[8];
  memset(buf, 'x', sizeof buf);
  size_t n = v8c_string_write_utf8(T.iso, v, buf, 4);
  CHECK(n == 2);
  v8c_value e = js("'\\u{1F600}'");
  n = v8c_string_write_utf8(T.iso, e, buf, 3);
  CHECK(n == 0);
}

TEST(strings_latin1_and_utf16) {
  const uint8_t latin[] = {'c', 'a', 'f', 0xE9};
  v8c_value v = v8c_string_latin1(T.iso, latin, 4);
  char *c = v8c_to_utf8(T.ctx, v, NULL);
  CHECK_STR(c, "caf\xC3\xA9");
  free(c);
  const uint16_t units[] = {0xD83D, 0xDE00, 'x'};
  v8c_value u = v8c_string_utf16(T.iso, units, 3);
  CHECK(v8c_string_length(u) == 3);
  uint16_t out[4] = {0};
  CHECK(v8c_string_write_utf16(T.iso, u, out, 4) == 3);
  CHECK(out[0] == 0xD83D && out[1] == 0xDE00 && out[2] == 'x');
  CHECK(v8c_string_utf8_length(T.iso, u) == 5);
}

TEST(strings_to_utf8_runs_tostring) {
  char *c = v8c_to_utf8(T.ctx, js("({ toString() { return 'custom' } })"), NULL);
  CHECK_STR(c, "custom");
  free(c);
  CHECK(v8c_to_utf8(T.ctx, js("({ toString() { throw 1 } })"), NULL) == NULL);
  CHECK_STR(take_exception(), "1");
}

TEST(strings_name_is_internalized) {
  v8c_value a = v8c_name(T.iso, "prop");
  v8c_value b = v8c_name(T.iso, "prop");
  CHECK(v8c_strict_equals(a, b));
}

TEST(symbols) {
  v8c_value s = v8c_symbol_new(T.iso, "desc");
  CHECK(v8c_is_symbol(s));
  char *c = v8c_to_utf8(T.ctx, v8c_symbol_description(T.iso, s), NULL);
  CHECK_STR(c, "desc");
  free(c);
  CHECK(v8c_is_undefined(v8c_symbol_description(T.iso, v8c_symbol_new(T.iso, NULL))));
  set_global("sf", v8c_symbol_for(T.iso, "k"));
  CHECK_STR(js_str("sf === Symbol.for('k')"), "true");
  set_global("it", v8c_symbol_well_known(T.iso, V8C_SYMBOL_ITERATOR));
  set_global("tag", v8c_symbol_well_known(T.iso, V8C_SYMBOL_TO_STRING_TAG));
  set_global("ai", v8c_symbol_well_known(T.iso, V8C_SYMBOL_ASYNC_ITERATOR));
  CHECK_STR(js_str("it === Symbol.iterator && tag === Symbol.toStringTag && ai === Symbol.asyncIterator"), "true");
}
