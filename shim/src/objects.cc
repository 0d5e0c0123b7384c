// objects.cc — property access, definition, keys, prototypes, private
// pointers, Proxy/collection internals and arrays. Receivers that are not
// objects become TypeErrors here rather than V8 CHECK failures.
#include "v8c_internal.h"

using namespace v8c;

// Resolves `v` to an object or leaves a TypeError pending.
static bool as_object(v8c_isolate *iso, v8c_value v, v8::Local<v8::Object> *out) {
  v8::Local<v8::Value> val = L(v);
  if (!val->IsObject()) {
    throw_type_error(iso, "not an object");
    return false;
  }
  *out = val.As<v8::Object>();
  return true;
}

static bool as_name(v8c_isolate *iso, v8::Local<v8::Context> ctx, v8c_value key,
                    v8::Local<v8::Name> *out) {
  v8::Local<v8::Value> k = L(key);
  if (k->IsName()) {
    *out = k.As<v8::Name>();
    return true;
  }
  v8::TryCatch tc(iso->isolate);
  v8::Local<v8::String> s;
  if (!k->ToString(ctx).ToLocal(&s)) {
    capture(iso, tc);
    return false;
  }
  *out = s;
  return true;
}

#define PROLOGUE(fail)                         \
  v8::Local<v8::Context> c = C(ctx);           \
  v8c_isolate *iso = Iso(c);                   \
  v8::Local<v8::Object> o;                     \
  if (!as_object(iso, obj, &o)) return fail;   \
  v8::TryCatch tc(iso->isolate)

v8c_value v8c_object_new(v8c_context ctx) { return V(v8::Object::New(C(ctx)->GetIsolate())); }
v8c_value v8c_object_new_null_proto(v8c_context ctx) {
  v8::Isolate *isolate = C(ctx)->GetIsolate();
  return V(v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0));
}

v8c_value v8c_get(v8c_context ctx, v8c_value obj, v8c_value key) {
  PROLOGUE(nullptr);
  return finish(iso, tc, o->Get(c, L(key)));
}
bool v8c_set(v8c_context ctx, v8c_value obj, v8c_value key, v8c_value value) {
  PROLOGUE(false);
  return finish_bool(iso, tc, o->Set(c, L(key), L(value)));
}
v8c_value v8c_get_named(v8c_context ctx, v8c_value obj, const char *name) {
  PROLOGUE(nullptr);
  v8::Local<v8::String> k = v8::String::NewFromUtf8(iso->isolate, name).ToLocalChecked();
  return finish(iso, tc, o->Get(c, k));
}
bool v8c_set_named(v8c_context ctx, v8c_value obj, const char *name, v8c_value value) {
  PROLOGUE(false);
  v8::Local<v8::String> k = v8::String::NewFromUtf8(iso->isolate, name).ToLocalChecked();
  return finish_bool(iso, tc, o->Set(c, k, L(value)));
}
v8c_value v8c_get_index(v8c_context ctx, v8c_value obj, uint32_t index) {
  PROLOGUE(nullptr);
  return finish(iso, tc, o->Get(c, index));
}
bool v8c_set_index(v8c_context ctx, v8c_value obj, uint32_t index, v8c_value value) {
  PROLOGUE(false);
  return finish_bool(iso, tc, o->Set(c, index, L(value)));
}
bool v8c_has(v8c_context ctx, v8c_value obj, v8c_value key, bool *has) {
  PROLOGUE(false);
  v8::Maybe<bool> r = o->Has(c, L(key));
  if (r.To(has)) return true;
  capture(iso, tc);
  return false;
}
bool v8c_has_own(v8c_context ctx, v8c_value obj, v8c_value key, bool *has) {
  PROLOGUE(false);
  v8::Local<v8::Name> k;
  if (!as_name(iso, c, key, &k)) return false;
  v8::Maybe<bool> r = o->HasOwnProperty(c, k);
  if (r.To(has)) return true;
  capture(iso, tc);
  return false;
}
bool v8c_delete(v8c_context ctx, v8c_value obj, v8c_value key) {
  PROLOGUE(false);
  return finish_bool(iso, tc, o->Delete(c, L(key)));
}

static v8::PropertyAttribute attrs(int flags) {
  int a = v8::None;
  if (flags & V8C_PROP_READ_ONLY) a |= v8::ReadOnly;
  if (flags & V8C_PROP_DONT_ENUM) a |= v8::DontEnum;
  if (flags & V8C_PROP_DONT_DELETE) a |= v8::DontDelete;
  return static_cast<v8::PropertyAttribute>(a);
}

// DefineOwnProperty reports a refused definition as Just(false) without
// throwing; the shim's convention wants an exception then.
static bool defined(v8c_isolate *iso, v8::TryCatch &tc, v8::Maybe<bool> r) {
  bool ok;
  if (!r.To(&ok)) {
    capture(iso, tc);
    return false;
  }
  if (!ok) {
    throw_type_error(iso, "Cannot define property");
    return false;
  }
  return true;
}

bool v8c_define(v8c_context ctx, v8c_value obj, v8c_value key, v8c_value value, int flags) {
  PROLOGUE(false);
  v8::Local<v8::Name> k;
  if (!as_name(iso, c, key, &k)) return false;
  return defined(iso, tc, o->DefineOwnProperty(c, k, L(value), attrs(flags)));
}

bool v8c_define_accessor(v8c_context ctx, v8c_value obj, v8c_value key, v8c_value getter,
                         v8c_value setter, int flags) {
  PROLOGUE(false);
  v8::Local<v8::Name> k;
  if (!as_name(iso, c, key, &k)) return false;
  v8::Local<v8::Value> g = getter ? L(getter) : v8::Undefined(iso->isolate).As<v8::Value>();
  v8::Local<v8::Value> s = setter ? L(setter) : v8::Undefined(iso->isolate).As<v8::Value>();
  v8::PropertyDescriptor desc(g, s);
  desc.set_enumerable(!(flags & V8C_PROP_DONT_ENUM));
  desc.set_configurable(!(flags & V8C_PROP_DONT_DELETE));
  return defined(iso, tc, o->DefineProperty(c, k, desc));
}

v8c_value v8c_own_keys(v8c_context ctx, v8c_value obj) {
  PROLOGUE(nullptr);
  return finish(iso, tc,
                o->GetOwnPropertyNames(
                    c, static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS),
                    v8::KeyConversionMode::kConvertToString));
}
v8c_value v8c_own_all_keys(v8c_context ctx, v8c_value obj) {
  PROLOGUE(nullptr);
  return finish(iso, tc,
                o->GetPropertyNames(c, v8::KeyCollectionMode::kOwnOnly, v8::ALL_PROPERTIES,
                                    v8::IndexFilter::kIncludeIndices,
                                    v8::KeyConversionMode::kConvertToString));
}
v8c_value v8c_get_prototype(v8c_context ctx, v8c_value obj) {
  return V(L<v8::Object>(obj)->GetPrototype());
}
bool v8c_set_prototype(v8c_context ctx, v8c_value obj, v8c_value proto) {
  PROLOGUE(false);
  bool ok;
  if (!o->SetPrototype(c, L(proto)).To(&ok)) {
    // V8 reports a refused change as Nothing without an exception.
    if (tc.HasCaught()) {
      capture(iso, tc);
      return false;
    }
    ok = false;
  }
  if (!ok) {
    throw_type_error(iso, "Cannot set prototype");
    return false;
  }
  return true;
}
v8c_value v8c_constructor_name(v8c_context ctx, v8c_value obj) {
  return V(L<v8::Object>(obj)->GetConstructorName());
}
int v8c_identity_hash(v8c_value obj) { return L<v8::Object>(obj)->GetIdentityHash(); }

static v8::Local<v8::Private> private_key(v8::Isolate *isolate, const char *name) {
  // ForApi returns the same private symbol for the same name per isolate.
  return v8::Private::ForApi(
      isolate, v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized)
                   .ToLocalChecked());
}
bool v8c_set_private_pointer(v8c_context ctx, v8c_value obj, const char *name, void *ptr) {
  PROLOGUE(false);
  return finish_bool(iso, tc,
                     o->SetPrivate(c, private_key(iso->isolate, name),
                                   v8::External::New(iso->isolate, ptr)));
}
void *v8c_get_private_pointer(v8c_context ctx, v8c_value obj, const char *name) {
  v8::Local<v8::Value> val = L(obj);
  if (!val->IsObject()) return nullptr;
  v8::Isolate *isolate = C(ctx)->GetIsolate();
  v8::TryCatch tc(isolate);  // a private lookup cannot run JS; be safe anyway
  v8::Local<v8::Value> r;
  if (!val.As<v8::Object>()->GetPrivate(C(ctx), private_key(isolate, name)).ToLocal(&r) ||
      !r->IsExternal())
    return nullptr;
  return r.As<v8::External>()->Value();
}
bool v8c_freeze(v8c_context ctx, v8c_value obj) {
  PROLOGUE(false);
  return defined(iso, tc, o->SetIntegrityLevel(c, v8::IntegrityLevel::kFrozen));
}

v8c_value v8c_proxy_target(v8c_value proxy) { return V(L<v8::Proxy>(proxy)->GetTarget()); }
v8c_value v8c_proxy_handler(v8c_value proxy) { return V(L<v8::Proxy>(proxy)->GetHandler()); }
v8c_value v8c_preview_entries(v8c_context ctx, v8c_value obj, bool *is_key_value) {
  PROLOGUE(nullptr);
  v8::Local<v8::Array> a;
  bool kv = false;
  if (!o->PreviewEntries(&kv).ToLocal(&a)) {
    // V8 fails silently for unsupported receivers.
    if (tc.HasCaught()) {
      capture(iso, tc);
      return nullptr;
    }
    return throw_type_error(iso, "previewEntries: not a collection or iterator");
  }
  if (is_key_value) *is_key_value = kv;
  return V(a);
}

v8c_value v8c_array_new(v8c_context ctx, uint32_t length) {
  v8c_isolate *iso = Iso(C(ctx));
  if (length > static_cast<uint32_t>(INT32_MAX)) return throw_range_error(iso, "Invalid array length");
  return V(v8::Array::New(iso->isolate, static_cast<int>(length)));
}
v8c_value v8c_array_from(v8c_context ctx, int count, const v8c_value *items) {
  static_assert(sizeof(v8c_value) == sizeof(v8::Local<v8::Value>), "same layout");
  v8::Local<v8::Value> *elems =
      reinterpret_cast<v8::Local<v8::Value> *>(const_cast<v8c_value *>(items));
  return V(v8::Array::New(C(ctx)->GetIsolate(), elems, static_cast<size_t>(count)));
}
uint32_t v8c_array_length(v8c_value array) { return L<v8::Array>(array)->Length(); }
