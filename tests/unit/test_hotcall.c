/* test_hotcall.c — the hot-path calls (hotcall.cc): strong handles read
 * without handles, v8c_call_function, Smi peeks and handle-free integers. */
#include <stdint.h>
#include <stdlib.h>

#include "unit.h"

TEST(hotcall_strong_borrow_survives_scopes_and_gc) {
  v8c_strong *s;
  v8c_value borrowed;
  {
    v8c_handle_scope scope;
    v8c_handle_scope_open(T.iso, &scope);
    s = v8c_strong_new(T.iso, js("({ n: 42 })"));
    borrowed = v8c_strong_borrow(s);
    v8c_handle_scope_close(&scope);
  }
  /* The scope that made the object is gone; the borrowed value points at the
   * strong handle's own slot, which the GC updates when it moves the object. */
  for (int i = 0; i < 3; i++) {
    js("var junk = []; for (let i = 0; i < 20000; i++) junk.push({ i }); junk = null;");
    v8c_gc(T.iso);
  }
  CHECK(v8c_strong_borrow(s) == borrowed);
  set_global("held", borrowed);
  CHECK_STR(js_str("held.n"), "42");
  v8c_strong_free(s);
  v8c_strong_free(NULL);
}

TEST(hotcall_call_function_result_and_exception) {
  v8c_value f = js("(function (a, b) { 'use strict'; return [this === undefined, a + b].join(); })");
  CHECK(f);
  v8c_strong *s = v8c_strong_new(T.iso, f);
  v8c_slot slots[2];
  v8c_value argv[2] = { v8c_int32_slot(T.iso, &slots[0], 40), v8c_int32_slot(T.iso, &slots[1], 2) };
  v8c_value r = v8c_call_function(T.iso, T.ctx, v8c_strong_borrow(s), 2, argv);
  CHECK(r);
  char *got = v8c_to_utf8(T.ctx, r, NULL);
  CHECK_STR(got, "true,42");
  free(got);
  v8c_strong_free(s);

  v8c_value thrower = js("(function (x) { throw new RangeError('bad ' + x); })");
  v8c_value one = v8c_int32(T.iso, 1);
  CHECK(v8c_call_function(T.iso, T.ctx, thrower, 1, &one) == NULL);
  CHECK_STR(take_exception(), "RangeError: bad 1");
}

TEST(hotcall_int32_slot_and_peek) {
  v8c_value f = js("(function (x) { return [typeof x, x, Object.is(x, -0)].join(); })");
  int32_t cases[] = { 0, -1, 7, INT32_MIN, INT32_MAX, 1 << 30, -(1 << 30) - 1 };
  char want[64];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    v8c_slot slot;
    v8c_value a = v8c_int32_slot(T.iso, &slot, cases[i]);
    v8c_value r = v8c_call_function(T.iso, T.ctx, f, 1, &a);
    CHECK(r);
    snprintf(want, sizeof want, "number,%d,false", cases[i]);
    char *got = v8c_to_utf8(T.ctx, r, NULL);
    CHECK_STR(got, want);
    free(got);
    int32_t back = 0;
    CHECK(v8c_int32_peek(a, &back) && back == cases[i]);
    v8c_slot inline_slot;
    v8c_value b = v8c_smi_slot(&inline_slot, cases[i]);
    CHECK(inline_slot.bits == slot.bits);
    back = 0;
    CHECK(v8c_smi_peek(b, &back) && back == cases[i]);
    back = 0;
    CHECK(v8c_smi_peek(r, &back) == false); /* a string */
  }
  int32_t out = 123;
  CHECK(!v8c_int32_peek(js("1.5"), &out) && out == 123);
  CHECK(!v8c_smi_peek(js("1.5"), &out) && out == 123);
  CHECK(v8c_smi_peek(js("-5"), &out) && out == -5);
  CHECK(!v8c_int32_peek(js("'1'"), &out));
  CHECK(!v8c_int32_peek(js("({})"), &out));
  CHECK(v8c_int32_peek(js("(2 ** 20) | 0"), &out) && out == 1 << 20);
}

TEST(hotcall_shared_catch_scope_serves_many_calls) {
  v8c_catch_scope catcher;
  v8c_catch_scope_open(T.iso, &catcher);
  v8c_value f = js("(function (x) { if (x % 3 === 0) throw new RangeError('bad ' + x);"
                   " try { if (x % 3 === 1) throw 1; } catch (e) { return -x; } return x; })");
  for (int i = 0; i < 9; i++) {
    v8c_slot slot;
    v8c_value a = v8c_int32_slot(T.iso, &slot, i);
    v8c_value r = v8c_call_function_caught(T.iso, T.ctx, f, 1, &a, &catcher);
    if (i % 3 == 0) {
      /* Each exception is captured and the scope reset for the next call. */
      CHECK(r == NULL);
      char want[32];
      snprintf(want, sizeof want, "RangeError: bad %d", i);
      CHECK_STR(take_exception(), want);
      continue;
    }
    /* The function's own try/catch keeps its exception. */
    int32_t got = 0;
    CHECK(r && v8c_int32_peek(r, &got));
    CHECK(got == (i % 3 == 1 ? -i : i));
  }
  v8c_catch_scope_close(&catcher);
  /* Nothing leaks out of the closed scope. */
  CHECK(v8c_exception_take(T.iso, NULL) == NULL);
}
