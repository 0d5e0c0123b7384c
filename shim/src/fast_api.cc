// fast_api.cc — function templates, optionally with a V8 Fast API CFunction
// whose type info is built at run time from v8c_fast_type arrays. The
// template owns the CTypeInfo/CFunctionInfo storage V8 points into.
#include "v8c_internal.h"

#include <vector>

using namespace v8c;

struct v8c_function_template {
  v8::Global<v8::FunctionTemplate> tmpl;
  CallTarget target;
  std::vector<v8::CTypeInfo> arg_info;
  v8::CFunctionInfo *fn_info;
  v8::CFunction c_function;
};

static void template_trampoline(const v8::FunctionCallbackInfo<v8::Value> &info) {
  auto *t = static_cast<v8c_function_template *>(info.Data().As<v8::External>()->Value());
  call_native(info, t->target);
}

// The C views of V8's structs. FastApiTypedArray's members are not public;
// its size is, and tests/unit/test_fast_api.c checks the order.
static_assert(sizeof(v8c_fast_typed_array) == sizeof(v8::FastApiTypedArray<double>), "FastApiTypedArray");
static_assert(sizeof(v8c_fast_typed_array) == sizeof(v8::FastApiTypedArray<int32_t>), "FastApiTypedArray");
static_assert(sizeof(v8c_fast_options) == sizeof(v8::FastApiCallbackOptions), "FastApiCallbackOptions");
static_assert(offsetof(v8c_fast_options, fallback) == offsetof(v8::FastApiCallbackOptions, fallback),
              "FastApiCallbackOptions::fallback");
static_assert(offsetof(v8c_fast_options, data) == offsetof(v8::FastApiCallbackOptions, data_ptr),
              "FastApiCallbackOptions::data_ptr");

static v8::CTypeInfo ctype(v8c_fast_type t) {
  using T = v8::CTypeInfo::Type;
  using S = v8::CTypeInfo::SequenceType;
  switch (t) {
    case V8C_FAST_VOID: return v8::CTypeInfo(T::kVoid);
    case V8C_FAST_BOOL: return v8::CTypeInfo(T::kBool);
    case V8C_FAST_INT32: return v8::CTypeInfo(T::kInt32);
    case V8C_FAST_UINT32: return v8::CTypeInfo(T::kUint32);
    case V8C_FAST_INT64: return v8::CTypeInfo(T::kInt64);
    case V8C_FAST_UINT64: return v8::CTypeInfo(T::kUint64);
    case V8C_FAST_FLOAT32: return v8::CTypeInfo(T::kFloat32);
    case V8C_FAST_FLOAT64: return v8::CTypeInfo(T::kFloat64);
    case V8C_FAST_RECEIVER: return v8::CTypeInfo(T::kV8Value);
    case V8C_FAST_INT32_ARRAY: return v8::CTypeInfo(T::kInt32, S::kIsTypedArray);
    case V8C_FAST_UINT32_ARRAY: return v8::CTypeInfo(T::kUint32, S::kIsTypedArray);
    case V8C_FAST_INT64_ARRAY: return v8::CTypeInfo(T::kInt64, S::kIsTypedArray);
    case V8C_FAST_UINT64_ARRAY: return v8::CTypeInfo(T::kUint64, S::kIsTypedArray);
    case V8C_FAST_FLOAT32_ARRAY: return v8::CTypeInfo(T::kFloat32, S::kIsTypedArray);
    case V8C_FAST_FLOAT64_ARRAY: return v8::CTypeInfo(T::kFloat64, S::kIsTypedArray);
    case V8C_FAST_OPTIONS: return v8::CTypeInfo(v8::CTypeInfo::kCallbackOptionsType);
  }
  V8C_CHECK(!"unknown v8c_fast_type");
  return v8::CTypeInfo(T::kVoid);
}

v8c_function_template *v8c_function_template_new(v8c_isolate *iso, const char *name, int length,
                                                 v8c_callback cb, void *data,
                                                 const v8c_fast_function *fast) {
  v8::Isolate *isolate = iso->isolate;
  v8::HandleScope scope(isolate);
  auto *t = new v8c_function_template();
  t->target = CallTarget{cb, data};
  t->fn_info = nullptr;
  const v8::CFunction *cf = nullptr;
  if (fast) {
    V8C_CHECK(fast->argc >= 1 && fast->args[0] == V8C_FAST_RECEIVER);
    for (int i = 1; i < fast->argc - 1; i++) V8C_CHECK(fast->args[i] != V8C_FAST_OPTIONS);
    V8C_CHECK(fast->result <= V8C_FAST_FLOAT64 && fast->result != V8C_FAST_INT64 &&
              fast->result != V8C_FAST_UINT64);
    // Integers arrive converted the way JavaScript's ToInt32/ToUint32 do
    // (truncated, wrapped): V8 10.2 ignores kEnforceRangeBit here (measured,
    // docs/v8-facts.md), so callers that need exact checks must not offer a
    // CFunction for such signatures (runtime/zig_fast.c decides).
    for (int i = 0; i < fast->argc; i++) t->arg_info.push_back(ctype(fast->args[i]));
    t->fn_info = new v8::CFunctionInfo(ctype(fast->result), static_cast<unsigned>(fast->argc),
                                       t->arg_info.data());
    t->c_function = v8::CFunction(fast->address, t->fn_info);
    cf = &t->c_function;
  }
  v8::Local<v8::FunctionTemplate> ft = v8::FunctionTemplate::New(
      isolate, template_trampoline, v8::External::New(isolate, t), v8::Local<v8::Signature>(),
      length, v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect, cf);
  if (name)
    ft->SetClassName(v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized)
                         .ToLocalChecked());
  t->tmpl.Reset(isolate, ft);
  return t;
}

v8c_value v8c_function_template_instantiate(v8c_context ctx, v8c_function_template *t) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, t->tmpl.Get(iso->isolate)->GetFunction(c));
}

void v8c_function_template_free(v8c_function_template *t) {
  // Functions already made keep V8's own copy of the template; the CFunction
  // info must stay valid as long as optimised code may call through it, so
  // callers free templates only at isolate teardown.
  t->tmpl.Reset();
  delete t->fn_info;
  delete t;
}
