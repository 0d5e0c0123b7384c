// values.cc — primitives, type checks, primitive reads and conversions.
// Type checks and reads are plain V8 inline calls; conversions run JS and so
// go through a TryCatch into the pending slot.
#include "v8c_internal.h"

using namespace v8c;

v8c_value v8c_undefined(v8c_isolate *iso) { return V(v8::Undefined(iso->isolate)); }
v8c_value v8c_null(v8c_isolate *iso) { return V(v8::Null(iso->isolate)); }
v8c_value v8c_boolean(v8c_isolate *iso, bool b) { return V(v8::Boolean::New(iso->isolate, b)); }
v8c_value v8c_number(v8c_isolate *iso, double d) { return V(v8::Number::New(iso->isolate, d)); }
v8c_value v8c_int32(v8c_isolate *iso, int32_t i) { return V(v8::Integer::New(iso->isolate, i)); }
v8c_value v8c_uint32(v8c_isolate *iso, uint32_t u) {
  return V(v8::Integer::NewFromUnsigned(iso->isolate, u));
}
v8c_value v8c_bigint_from_int64(v8c_isolate *iso, int64_t i) {
  return V(v8::BigInt::New(iso->isolate, i));
}
v8c_value v8c_bigint_from_uint64(v8c_isolate *iso, uint64_t u) {
  return V(v8::BigInt::NewFromUnsigned(iso->isolate, u));
}
v8c_value v8c_bigint_from_words(v8c_context ctx, bool negative, int count, const uint64_t *words) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, v8::BigInt::NewFromWords(C(ctx), negative ? 1 : 0, count, words));
}

#define IS(fname, method) \
  bool fname(v8c_value v) { return L(v)->method(); }
IS(v8c_is_undefined, IsUndefined)
IS(v8c_is_null, IsNull)
IS(v8c_is_null_or_undefined, IsNullOrUndefined)
IS(v8c_is_boolean, IsBoolean)
IS(v8c_is_true, IsTrue)
IS(v8c_is_number, IsNumber)
IS(v8c_is_int32, IsInt32)
IS(v8c_is_bigint, IsBigInt)
IS(v8c_is_string, IsString)
IS(v8c_is_symbol, IsSymbol)
IS(v8c_is_object, IsObject)
IS(v8c_is_function, IsFunction)
IS(v8c_is_array, IsArray)
IS(v8c_is_array_buffer, IsArrayBuffer)
IS(v8c_is_shared_array_buffer, IsSharedArrayBuffer)
IS(v8c_is_array_buffer_view, IsArrayBufferView)
IS(v8c_is_data_view, IsDataView)
IS(v8c_is_typed_array, IsTypedArray)
IS(v8c_is_promise, IsPromise)
IS(v8c_is_proxy, IsProxy)
IS(v8c_is_native_error, IsNativeError)
IS(v8c_is_module_namespace, IsModuleNamespaceObject)

bool v8c_strict_equals(v8c_value a, v8c_value b) { return L(a)->StrictEquals(L(b)); }
bool v8c_same_value(v8c_value a, v8c_value b) { return L(a)->SameValue(L(b)); }

bool v8c_boolean_value(v8c_value v) { return L<v8::Boolean>(v)->Value(); }
double v8c_number_value(v8c_value v) { return L<v8::Number>(v)->Value(); }
int64_t v8c_bigint_int64(v8c_value v, bool *lossless) {
  return L<v8::BigInt>(v)->Int64Value(lossless);
}
uint64_t v8c_bigint_uint64(v8c_value v, bool *lossless) {
  return L<v8::BigInt>(v)->Uint64Value(lossless);
}
int v8c_bigint_word_count(v8c_value v) { return L<v8::BigInt>(v)->WordCount(); }
void v8c_bigint_words(v8c_value v, bool *negative, int *count, uint64_t *words) {
  int sign = 0;
  L<v8::BigInt>(v)->ToWordsArray(&sign, count, words);
  if (negative) *negative = sign != 0;
}

bool v8c_to_number(v8c_context ctx, v8c_value v, double *out) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  v8::Maybe<double> r = L(v)->NumberValue(C(ctx));
  if (r.To(out)) return true;
  capture(iso, tc);
  return false;
}
bool v8c_to_int32(v8c_context ctx, v8c_value v, int32_t *out) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  v8::Maybe<int32_t> r = L(v)->Int32Value(C(ctx));
  if (r.To(out)) return true;
  capture(iso, tc);
  return false;
}
bool v8c_to_boolean(v8c_context ctx, v8c_value v) {
  return L(v)->BooleanValue(C(ctx)->GetIsolate());
}
v8c_value v8c_to_string(v8c_context ctx, v8c_value v) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, L(v)->ToString(C(ctx)));
}
v8c_value v8c_to_object(v8c_context ctx, v8c_value v) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, L(v)->ToObject(C(ctx)));
}
v8c_value v8c_typeof(v8c_isolate *iso, v8c_value v) { return V(L(v)->TypeOf(iso->isolate)); }
