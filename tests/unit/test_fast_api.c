/* test_fast_api.c — function templates and V8 Fast API calls: the C
 * function must really be called from optimised code. */
#include <stdlib.h>

#include "unit.h"

static int slow_calls, fast_calls;

static v8c_value add_slow(v8c_callinfo *info) {
  slow_calls++;
  int32_t a, b;
  v8c_context ctx = v8c_callinfo_context(info);
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 0), &a)) return NULL;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &b)) return NULL;
  return v8c_int32(v8c_callinfo_isolate(info), a + b);
}

static int32_t add_fast(void *receiver, int32_t a, int32_t b) {
  (void)receiver;
  fast_calls++;
  return a + b;
}

static const v8c_fast_type add_args[] = {V8C_FAST_RECEIVER, V8C_FAST_INT32, V8C_FAST_INT32};
static const v8c_fast_function add_fast_fn = {(const void *)add_fast, V8C_FAST_INT32, 3, add_args};

TEST(fast_api_called_from_optimized_code) {
  slow_calls = fast_calls = 0;
  v8c_function_template *t = v8c_function_template_new(T.iso, "add", 2, add_slow, NULL, &add_fast_fn);
  v8c_value add = v8c_function_template_instantiate(T.ctx, t);
  CHECK(add && v8c_is_function(add));
  set_global("add", add);
  CHECK_STR(js_str("var o = { add };"
                   "function f(a, b) { return o.add(a, b) }"
                   "%PrepareFunctionForOptimization(f);"
                   "f(1, 2); f(3, 4);"
                   "%OptimizeFunctionOnNextCall(f);"
                   "var s = 0; for (let i = 0; i < 100; i++) s += f(i, 1); s"),
            "5050");
  CHECK(slow_calls >= 2);
  CHECK(fast_calls > 0);
  v8c_function_template_free(t);
}

TEST(function_template_without_fast) {
  slow_calls = 0;
  v8c_function_template *t = v8c_function_template_new(T.iso, "add", 2, add_slow, NULL, NULL);
  v8c_value add = v8c_function_template_instantiate(T.ctx, t);
  set_global("add", add);
  CHECK_STR(js_str("add(2, 3) + ':' + add.name + ':' + add.length"), "5:add:2");
  CHECK_STR(js_str("try { new add(1, 2) } catch (e) { e.constructor.name }"), "TypeError");
  CHECK_STR(js_str("try { add({ valueOf() { throw new Error('v') } }, 1) } catch (e) { e.message }"), "v");
  CHECK(slow_calls == 2); /* `new` is refused before the callback */
  v8c_function_template_free(t);
}
