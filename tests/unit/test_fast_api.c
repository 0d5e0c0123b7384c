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

/* ---- typed arrays (V8C_FAST_*_ARRAY) and fallback (V8C_FAST_OPTIONS) ---- */

static int sum_slow_calls, sum_fast_calls, sum_fallbacks;
static size_t sum_last_length;
static const void *sum_last_data;

/* sum(Float64Array) in the classic callback: any typed array, by element. */
static v8c_value sum_slow(v8c_callinfo *info) {
  sum_slow_calls++;
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value a = v8c_callinfo_arg(info, 0);
  if (v8c_callinfo_argc(info) < 1 || !v8c_is_typed_array(a))
    return v8c_throw_type_error(ctx, "sum: not a typed array");
  size_t len;
  const uint8_t *p = v8c_view_data(a, NULL, NULL, &len);
  if (!p) return v8c_throw_type_error(ctx, "sum: detached");
  double s = 0;
  switch (v8c_typed_array_kind_of(a)) {
    case V8C_FLOAT64:
      for (size_t i = 0; i < len / 8; i++) { double d; memcpy(&d, p + i * 8, 8); s += d; }
      break;
    case V8C_INT32:
      for (size_t i = 0; i < len / 4; i++) { int32_t x; memcpy(&x, p + i * 4, 4); s += x; }
      break;
    default: return v8c_throw_type_error(ctx, "sum: unexpected element type");
  }
  return v8c_number(v8c_callinfo_isolate(info), s);
}

static double sum_fast(void *receiver, const v8c_fast_typed_array *a, v8c_fast_options *options) {
  (void)receiver;
  sum_last_length = a->length;
  sum_last_data = a->data;
  if ((uintptr_t)a->data % sizeof(double) != 0) {
    sum_fallbacks++;
    options->fallback = true;
    return 0;
  }
  sum_fast_calls++;
  const double *d = a->data;
  double s = 0;
  for (size_t i = 0; i < a->length; i++) s += d[i];
  return s;
}

static const v8c_fast_type sum_args[] = {V8C_FAST_RECEIVER, V8C_FAST_FLOAT64_ARRAY, V8C_FAST_OPTIONS};
static const v8c_fast_function sum_fast_fn = {(const void *)sum_fast, V8C_FAST_FLOAT64, 3, sum_args};

/* Makes `sum` and an optimised caller `f(a)`, warmed up with `warm`. */
static v8c_function_template *make_sum(void) {
  v8c_function_template *t = v8c_function_template_new(T.iso, "sum", 1, sum_slow, NULL, &sum_fast_fn);
  v8c_value fn = v8c_function_template_instantiate(T.ctx, t);
  if (!fn) return t;
  set_global("sum", fn);
  js("var o = { sum };"
     "function f(a) { return o.sum(a) }"
     "%PrepareFunctionForOptimization(f);"
     "var warm = new Float64Array([1, 2]); f(warm); f(warm);"
     "%OptimizeFunctionOnNextCall(f); f(warm);");
  return t;
}

TEST(fast_api_typed_array_length_and_data) {
  sum_slow_calls = sum_fast_calls = sum_fallbacks = 0;
  v8c_function_template *t = make_sum();
  CHECK(sum_fast_calls == 1);
  /* a subarray: length in elements, data with the byte offset applied */
  v8c_value whole = js("var big = new Float64Array(40).map((_, i) => i); big");
  CHECK(whole);
  size_t len;
  const uint8_t *base = v8c_view_data(whole, NULL, NULL, &len);
  CHECK_STR(js_str("f(big.subarray(3, 8))"), "25");
  CHECK(sum_last_length == 5);
  CHECK(sum_last_data == base + 3 * sizeof(double));
  CHECK(sum_fast_calls == 2);
  /* empty */
  CHECK_STR(js_str("f(new Float64Array(0))"), "0");
  CHECK(sum_last_length == 0);
  CHECK(sum_fast_calls == 3);
  /* small (possibly on-heap) arrays are fine too */
  CHECK_STR(js_str("f(new Float64Array([0.5, 0.25]))"), "0.75");
  CHECK_STR(js_str("%GetOptimizationStatus(f) & 16 ? 'optimized' : 'not'"), "optimized");
  CHECK(sum_slow_calls == 2);
  v8c_function_template_free(t);
}

TEST(fast_api_typed_array_other_values_take_the_classic_callback) {
  sum_slow_calls = sum_fast_calls = sum_fallbacks = 0;
  v8c_function_template *t = make_sum();
  int slow = sum_slow_calls, fast = sum_fast_calls;
  /* another element type */
  CHECK_STR(js_str("f(new Int32Array([1, 2, 3]))"), "6");
  CHECK(sum_slow_calls == slow + 1 && sum_fast_calls == fast);
  /* not a typed array */
  CHECK_STR(js_str("try { f([1, 2]) } catch (e) { e.message }"), "sum: not a typed array");
  CHECK_STR(js_str("try { f(new DataView(new ArrayBuffer(8))) } catch (e) { e.message }"),
            "sum: not a typed array");
  CHECK(sum_slow_calls == slow + 3 && sum_fast_calls == fast);
  /* a detached buffer */
  CHECK_STR(js_str("var d = new Float64Array(20); %ArrayBufferDetach(d.buffer);"
                   "try { f(d) } catch (e) { e.message }"),
            "sum: detached");
  CHECK(sum_slow_calls == slow + 4 && sum_fast_calls == fast);
  /* a SharedArrayBuffer */
  CHECK_STR(js_str("f(new Float64Array(new SharedArrayBuffer(16)))"), "0");
  CHECK(sum_slow_calls == slow + 5 && sum_fast_calls == fast);
  /* the fast function is still used for the right type */
  CHECK_STR(js_str("f(new Float64Array([4, 5]))"), "9");
  CHECK(sum_fast_calls == fast + 1);
  v8c_function_template_free(t);
}

static void no_delete(void *data, size_t len, void *deleter_data) {
  (void)data; (void)len; (void)deleter_data;
}

TEST(fast_api_fallback_on_misaligned_data) {
  sum_slow_calls = sum_fast_calls = sum_fallbacks = 0;
  v8c_function_template *t = make_sum();
  int slow = sum_slow_calls, fast = sum_fast_calls;
  /* external memory at an odd address: the Float64Array over it is misaligned */
  static _Alignas(16) uint8_t bytes[8 * 4 + 1];
  double values[4] = {1.5, 2.5, 3.5, 4.5};
  memcpy(bytes + 1, values, sizeof values);
  v8c_value ab = v8c_array_buffer_new_external(T.ctx, bytes + 1, sizeof values, no_delete, NULL);
  CHECK(ab);
  set_global("odd", ab);
  CHECK_STR(js_str("f(new Float64Array(odd))"), "12");
  CHECK(sum_fallbacks == 1);
  CHECK(sum_last_data == bytes + 1);
  CHECK(sum_slow_calls == slow + 1 && sum_fast_calls == fast);
  CHECK_STR(js_str("%GetOptimizationStatus(f) & 16 ? 'optimized' : 'not'"), "optimized");
  v8c_function_template_free(t);
}

/* Integer element types and a typed array among scalar arguments. */
static v8c_value dot_slow(v8c_callinfo *info) {
  slow_calls++;
  return v8c_int32(v8c_callinfo_isolate(info), -1);
}

static int32_t dot_fast(void *receiver, int32_t k, const v8c_fast_typed_array *a,
                        const v8c_fast_typed_array *b, v8c_fast_options *options) {
  (void)receiver;
  fast_calls++;
  if (a->length != b->length) {
    options->fallback = true;
    return 0;
  }
  const int32_t *x = a->data;
  const uint32_t *y = b->data;
  int32_t s = 0;
  for (size_t i = 0; i < a->length; i++) s += x[i] * (int32_t)y[i];
  return s * k;
}

static const v8c_fast_type dot_args[] = {V8C_FAST_RECEIVER, V8C_FAST_INT32, V8C_FAST_INT32_ARRAY,
                                         V8C_FAST_UINT32_ARRAY, V8C_FAST_OPTIONS};
static const v8c_fast_function dot_fast_fn = {(const void *)dot_fast, V8C_FAST_INT32, 5, dot_args};

TEST(fast_api_integer_typed_arrays) {
  slow_calls = fast_calls = 0;
  v8c_function_template *t = v8c_function_template_new(T.iso, "dot", 3, dot_slow, NULL, &dot_fast_fn);
  v8c_value fn = v8c_function_template_instantiate(T.ctx, t);
  CHECK(fn);
  set_global("dot", fn);
  CHECK_STR(js_str("var o = { dot };"
                   "function g(k, a, b) { return o.dot(k, a, b) }"
                   "%PrepareFunctionForOptimization(g);"
                   "var a = new Int32Array([1, 2, 3]), b = new Uint32Array([4, 5, 6]);"
                   "g(1, a, b); g(1, a, b);"
                   "%OptimizeFunctionOnNextCall(g);"
                   "[g(2, a, b), g(1, b, a), g(1, a, new Uint32Array(2))].join()"),
            "64,-1,-1");
  CHECK(slow_calls == 4);  /* 2 warm-up, wrong types, fallback */
  CHECK(fast_calls == 2);
  v8c_function_template_free(t);
}
