// v8c_internal.h — private to the shim: the isolate record, handle <-> C
// pointer conversions and the pending-exception plumbing every .cc shares.
#ifndef V8C_INTERNAL_H
#define V8C_INTERNAL_H

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include <v8.h>
#include <v8-fast-api-calls.h>
#include <libplatform/libplatform.h>

#include "v8c.h"

// A v8c_value is the slot pointer inside a Local; these make that cheap.
static_assert(sizeof(v8::Local<v8::Value>) == sizeof(void *), "Local is one pointer");
static_assert(sizeof(v8::HandleScope) <= sizeof(v8c_handle_scope), "HandleScope fits");
static_assert(alignof(v8::HandleScope) <= alignof(v8c_handle_scope), "HandleScope aligns");
static_assert(sizeof(v8::EscapableHandleScope) <= sizeof(v8c_escapable_scope), "EHS fits");
static_assert(alignof(v8::EscapableHandleScope) <= alignof(v8c_escapable_scope), "EHS aligns");

#define V8C_CHECK(cond)                                                              \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      std::fprintf(stderr, "v8c: %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)

// Context embedder-data slots used for v8c_context_set_data: offset so they
// cannot collide with low indices V8 tooling (inspector) may claim.
enum { kV8cContextSlotBase = 8, kV8cContextSlots = 8 };

// Heap record behind every v8c_function_new function: freed by a weak
// callback when the function's data External dies, or at isolate dispose.
struct v8c_callback_record {
  v8c_callback cb;
  void *data;
  v8::Global<v8::Value> holder;
  v8c_callback_record *prev, *next;
};

struct v8c_synthetic_entry {
  v8::Global<v8::Module> module;
  v8c_synthetic_evaluate evaluate;
};

struct v8c_isolate {
  v8::Isolate *isolate;
  v8::ArrayBuffer::Allocator *allocator;
  v8::Global<v8::Value> pending;
  v8::Global<v8::Message> pending_message;
  bool has_pending;
  void *data;
  v8c_resolve_callback resolve;
  v8c_dynamic_import_callback dynamic_import;
  v8c_import_meta_callback import_meta;
  v8c_message_listener message_listener;
  v8c_promise_reject_callback reject_callback;
  v8c_callback_record *callbacks;  // live records, freed at dispose
  std::unordered_multimap<int, v8c_synthetic_entry *> synthetic;
};

struct v8c_callinfo {
  const v8::FunctionCallbackInfo<v8::Value> *info;
  v8c_isolate *iso;
  void *data;
};

namespace v8c {

extern bool g_expose_gc;
extern v8::Platform *g_platform;

template <class T>
inline v8c_value V(v8::Local<T> l) {
  v8c_value v;
  std::memcpy(&v, &l, sizeof v);
  return v;
}
template <class T>
inline v8c_value V(v8::MaybeLocal<T> m) {
  return V(m.FromMaybe(v8::Local<T>()));
}
template <class T = v8::Value>
inline v8::Local<T> L(const void *p) {
  v8::Local<T> l;
  std::memcpy(static_cast<void *>(&l), &p, sizeof p);
  return l;
}
inline v8::Local<v8::Context> C(v8c_context c) { return L<v8::Context>(c); }
inline v8c_context CX(v8::Local<v8::Context> c) {
  v8c_context r;
  std::memcpy(&r, &c, sizeof r);
  return r;
}
inline v8::Local<v8::Module> M(v8c_module m) { return L<v8::Module>(m); }
inline v8c_module MX(v8::Local<v8::Module> m) {
  v8c_module r;
  std::memcpy(&r, &m, sizeof r);
  return r;
}
inline v8c_isolate *Iso(v8::Isolate *isolate) {
  return static_cast<v8c_isolate *>(isolate->GetData(0));
}
inline v8c_isolate *Iso(v8::Local<v8::Context> ctx) { return Iso(ctx->GetIsolate()); }

// Pending-exception plumbing (exceptions.cc).
void set_pending(v8c_isolate *iso, v8::Local<v8::Value> exception,
                 v8::Local<v8::Message> message);
// Moves what `tc` caught into the pending slot; if V8 failed without an
// exception (termination), a generic Error keeps the NULL-iff-pending rule.
void capture(v8c_isolate *iso, v8::TryCatch &tc);
// Throws the pending exception into V8 (for adapters V8 calls) and clears it.
void rethrow_pending(v8c_isolate *iso);
v8c_value throw_type_error(v8c_isolate *iso, const char *msg);
v8c_value throw_range_error(v8c_isolate *iso, const char *msg);
void fill_message_info(v8::Isolate *isolate, v8::Local<v8::Message> message,
                       v8c_message_info *info);
char *dup_utf8(v8::Isolate *isolate, v8::Local<v8::Value> v, size_t *len = nullptr);

// Ends a throwing operation: the value, or NULL with the exception pending.
template <class T>
inline v8c_value finish(v8c_isolate *iso, v8::TryCatch &tc, v8::MaybeLocal<T> r) {
  v8::Local<T> l;
  if (r.ToLocal(&l)) return V(l);
  capture(iso, tc);
  return nullptr;
}
inline bool finish_bool(v8c_isolate *iso, v8::TryCatch &tc, v8::Maybe<bool> r) {
  if (r.IsJust()) return true;
  capture(iso, tc);
  return false;
}

// Origins carry the resource name so stack traces and import() referrers
// show file paths (scripts.cc, modules.cc).
inline v8::ScriptOrigin script_origin(v8::Isolate *isolate, const char *name, bool is_module) {
  v8::Local<v8::Value> n = v8::String::NewFromUtf8(isolate, name ? name : "").ToLocalChecked();
  return v8::ScriptOrigin(isolate, n, 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                          is_module);
}
// Source text must be a string; anything else is a TypeError, not a crash.
inline bool source_string(v8c_isolate *iso, v8c_value v, v8::Local<v8::String> *out) {
  v8::Local<v8::Value> s = L(v);
  if (!s->IsString()) {
    throw_type_error(iso, "source must be a string");
    return false;
  }
  *out = s.As<v8::String>();
  return true;
}

// Function trampoline (functions.cc), shared with templates.
void trampoline(const v8::FunctionCallbackInfo<v8::Value> &info);
struct CallTarget {
  v8c_callback cb;
  void *data;
};
void call_native(const v8::FunctionCallbackInfo<v8::Value> &info, const CallTarget &t);

// Module adapters (modules.cc) installed by isolate creation.
v8::MaybeLocal<v8::Promise> dynamic_import_adapter(v8::Local<v8::Context> ctx,
                                                   v8::Local<v8::Data> host_defined_options,
                                                   v8::Local<v8::Value> resource_name,
                                                   v8::Local<v8::String> specifier,
                                                   v8::Local<v8::FixedArray> assertions);
void import_meta_adapter(v8::Local<v8::Context> ctx, v8::Local<v8::Module> module,
                         v8::Local<v8::Object> meta);
void promise_reject_adapter(v8::PromiseRejectMessage message);
void message_adapter(v8::Local<v8::Message> message, v8::Local<v8::Value> data);
void free_synthetic(v8c_isolate *iso);
void free_callbacks(v8c_isolate *iso);

}  // namespace v8c

#endif
