/* test_functions.c — native callbacks: arguments, this, new.target, data,
 * calls and construction from C. */
#include <stdlib.h>

#include "unit.h"

static v8c_value sum_cb(v8c_callinfo *info) {
  double s = 0, d;
  for (int i = 0; i < v8c_callinfo_argc(info); i++) {
    if (!v8c_to_number(v8c_callinfo_context(info), v8c_callinfo_arg(info, i), &d)) return NULL;
    s += d;
  }
  return v8c_number(v8c_callinfo_isolate(info), s);
}

TEST(functions_native_callback) {
  v8c_value f = v8c_function_new(T.ctx, "sum", 2, sum_cb, NULL);
  CHECK(f && v8c_is_function(f));
  set_global("sum", f);
  CHECK_STR(js_str("sum(1, 2, 3.5)"), "6.5");
  CHECK_STR(js_str("sum.name + sum.length"), "sum2");
  char *c = v8c_to_utf8(T.ctx, v8c_function_name(f), NULL);
  CHECK_STR(c, "sum");
  free(c);
}

static v8c_value data_cb(v8c_callinfo *info) {
  int *counter = v8c_callinfo_data(info);
  ++*counter;
  v8c_value a = v8c_callinfo_arg(info, 5); /* past the end: undefined */
  if (!v8c_is_undefined(a)) return v8c_throw_error(v8c_callinfo_context(info), "arg 5 defined");
  return v8c_callinfo_this(info);
}

TEST(functions_data_this_and_missing_args) {
  int counter = 0;
  set_global("f", v8c_function_new(T.ctx, "f", 0, data_cb, &counter));
  CHECK_STR(js_str("var o = { f }; o.f() === o"), "true");
  CHECK(counter == 1);
}

static v8c_value ctor_cb(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  if (v8c_is_undefined(v8c_callinfo_new_target(info)))
    return v8c_throw_type_error(ctx, "needs %s", "new");
  v8c_value self = v8c_callinfo_this(info);
  if (!v8c_set_named(ctx, self, "x", v8c_callinfo_arg(info, 0))) return NULL;
  return self;
}

TEST(functions_construct) {
  v8c_value F = v8c_function_new(T.ctx, "F", 1, ctor_cb, NULL);
  set_global("F", F);
  CHECK_STR(js_str("new F(5).x"), "5");
  CHECK_STR(js_str("try { F() } catch (e) { e.message }"), "needs new");
  v8c_value arg = v8c_int32(T.iso, 7);
  v8c_value obj = v8c_construct(T.ctx, F, 1, &arg);
  CHECK(obj && v8c_number_value(v8c_get_named(T.ctx, obj, "x")) == 7);
  CHECK(v8c_call(T.ctx, F, NULL, 0, NULL) == NULL);
  CHECK_STR(take_exception(), "TypeError: needs new");
}

TEST(functions_call_js_from_c) {
  v8c_value f = js("(function (a, b) { return this.k + a * b })");
  v8c_value recv = js("({ k: 1 })");
  v8c_value args[2] = {v8c_int32(T.iso, 6), v8c_int32(T.iso, 7)};
  v8c_value r = v8c_call(T.ctx, f, recv, 2, args);
  CHECK(r && v8c_number_value(r) == 43);
  CHECK(v8c_call(T.ctx, v8c_number(T.iso, 1), NULL, 0, NULL) == NULL);
  CHECK(strstr(take_exception(), "TypeError"));
  v8c_value cls = js("(class P { constructor(v) { this.v = v } })");
  v8c_value inst = v8c_construct(T.ctx, cls, 1, args);
  CHECK(inst && v8c_number_value(v8c_get_named(T.ctx, inst, "v")) == 6);
}

TEST(functions_compile_function) {
  const char *params[] = {"a", "b"};
  v8c_value f = v8c_compile_function(T.ctx, str("return a + b + (typeof require)"), "fn.js", 2, params);
  CHECK(f && v8c_is_function(f));
  v8c_value args[2] = {str("x"), str("y")};
  v8c_value r = v8c_call(T.ctx, f, NULL, 2, args);
  char *c = v8c_to_utf8(T.ctx, r, NULL);
  CHECK_STR(c, "xyundefined");
  free(c);
  v8c_value g = v8c_compile_function(T.ctx, str("throw new Error('in fn')"), "stack.js", 0, NULL);
  CHECK(v8c_call(T.ctx, g, NULL, 0, NULL) == NULL);
  v8c_value ex = v8c_exception_take(T.iso, NULL);
  char *stack = v8c_to_utf8(T.ctx, v8c_get_named(T.ctx, ex, "stack"), NULL);
  CHECK(stack && strstr(stack, "stack.js:1"));
  free(stack);
  CHECK(v8c_compile_function(T.ctx, str("return )"), "bad.js", 0, NULL) == NULL);
  CHECK(strstr(take_exception(), "SyntaxError"));
}

static v8c_value reentrant_cb(v8c_callinfo *info) {
  /* Calls back into JS from a native callback. */
  v8c_value fn = v8c_callinfo_arg(info, 0);
  v8c_value x = v8c_int32(v8c_callinfo_isolate(info), 20);
  return v8c_call(v8c_callinfo_context(info), fn, NULL, 1, &x);
}

TEST(functions_reentrant_calls) {
  set_global("apply20", v8c_function_new(T.ctx, "apply20", 1, reentrant_cb, NULL));
  CHECK_STR(js_str("apply20(x => apply20(y => x + y + 2))"), "42");
}

TEST(functions_many_closures_collected) {
  /* Records of collected functions are freed by the weak callback. */
  for (int i = 0; i < 2000; i++) {
    v8c_handle_scope hs;
    v8c_handle_scope_open(T.iso, &hs);
    v8c_function_new(T.ctx, "tmp", 0, sum_cb, NULL);
    v8c_handle_scope_close(&hs);
  }
  v8c_gc(T.iso);
  set_global("sum", v8c_function_new(T.ctx, "sum", 2, sum_cb, NULL));
  CHECK_STR(js_str("sum(1, 1)"), "2");
}
