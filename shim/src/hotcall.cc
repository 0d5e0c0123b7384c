// hotcall.cc — calls on a hot path (runtime/zig_closures.c: Zig calling a JS
// function through a function pointer, millions of times a second). Each
// saves a piece of what the general functions do per call:
//   - v8c_strong: a strong Global whose slot is used as a Local directly
//     (what node's PersistentToLocal::Strong does), so reading it creates no
//     handle in the current scope;
//   - v8c_call_function: v8c_call without the IsFunction check and with an
//     undefined receiver;
//   - v8c_catch_scope / v8c_call_function_caught: one TryCatch for many calls
//     (its constructor and destructor cost about 12% of a call);
//   - v8c_int32_peek: a Smi read inline, without a call into V8.
#include <new>

#include "v8c_internal.h"

using namespace v8c;

struct v8c_strong {
  v8::Global<v8::Value> handle;
};

v8c_strong *v8c_strong_new(v8c_isolate *iso, v8c_value v) {
  auto *s = new v8c_strong();
  s->handle.Reset(iso->isolate, L(v));
  return s;
}

v8c_value v8c_strong_borrow(const v8c_strong *s) {
  // A Global is, like a Local, one pointer to a slot holding the object
  // (here a global-handles slot, which the GC updates in place).
  static_assert(sizeof(v8::Global<v8::Value>) == sizeof(void *), "Global is one pointer");
  v8c_value v;
  std::memcpy(&v, &s->handle, sizeof v);
  return v;
}

void v8c_strong_free(v8c_strong *s) {
  if (!s) return;
  s->handle.Reset();
  delete s;
}

v8c_value v8c_call_function(v8c_isolate *iso, v8c_context ctx, v8c_value fn, int argc,
                            const v8c_value *argv) {
  v8::Local<v8::Context> c = C(ctx);
  v8::Isolate *isolate = iso->isolate;
  v8::TryCatch tc(isolate);
  auto *args = reinterpret_cast<v8::Local<v8::Value> *>(const_cast<v8c_value *>(argv));
  v8::MaybeLocal<v8::Value> r =
      L<v8::Function>(fn)->Call(c, v8::Undefined(isolate), argc, args);
  v8::Local<v8::Value> l;
  if (r.ToLocal(&l)) return V(l);
  capture(iso, tc);
  return nullptr;
}

static_assert(sizeof(v8::TryCatch) <= sizeof(v8c_catch_scope), "v8c_catch_scope holds a TryCatch");
static_assert(alignof(v8::TryCatch) <= alignof(v8c_catch_scope), "v8c_catch_scope is aligned for a TryCatch");

static v8::TryCatch *try_catch_of(v8c_catch_scope *scope) {
  return std::launder(reinterpret_cast<v8::TryCatch *>(scope));
}

void v8c_catch_scope_open(v8c_isolate *iso, v8c_catch_scope *scope) {
  ::new (static_cast<void *>(scope)) v8::TryCatch(iso->isolate);
}

void v8c_catch_scope_close(v8c_catch_scope *scope) {
  try_catch_of(scope)->~TryCatch();
}

v8c_value v8c_call_function_caught(v8c_isolate *iso, v8c_context ctx, v8c_value fn, int argc,
                                   const v8c_value *argv, v8c_catch_scope *scope) {
  auto *args = reinterpret_cast<v8::Local<v8::Value> *>(const_cast<v8c_value *>(argv));
  v8::MaybeLocal<v8::Value> r =
      L<v8::Function>(fn)->Call(C(ctx), v8::Undefined(iso->isolate), argc, args);
  v8::Local<v8::Value> l;
  if (r.ToLocal(&l)) return V(l);
  v8::TryCatch &tc = *try_catch_of(scope);
  capture(iso, tc);
  // A termination must reach the frame's end (V8 re-raises it when the
  // TryCatch is destroyed); anything else is handled by the caller now.
  if (!tc.HasTerminated()) tc.Reset();
  return nullptr;
}

// v8c.h's inline v8c_smi_slot / v8c_smi_peek hard-code this layout.
static_assert(v8::internal::kSmiTag == 0 && v8::internal::kSmiTagMask == 1, "Smi tag");
static_assert(v8::internal::kSmiTagSize + v8::internal::kSmiShiftSize == V8C_SMI_SHIFT,
              "Smi shift (v8c.h V8C_SMI_SHIFT)");
static_assert(v8::internal::kSmiValueSize == 32, "every int32 is a Smi (v8c.h)");

bool v8c_int32_peek(v8c_value v, int32_t *out) {
  using I = v8::internal::Internals;
  v8::internal::Address a;
  std::memcpy(&a, reinterpret_cast<const void *>(v), sizeof a);
  if (I::HasHeapObjectTag(a)) return false;
  *out = I::SmiValue(a);
  return true;
}

v8c_value v8c_int32_slot(v8c_isolate *iso, v8c_slot *slot, int32_t v) {
  // As v8::ReturnValue::Set(int32_t) does with its slot: a Smi written
  // straight into the storage a Local points at. A Smi is no heap pointer,
  // so the GC neither needs to find nor to update the slot.
  using I = v8::internal::Internals;
  static_assert(sizeof slot->bits == sizeof(v8::internal::Address), "a slot holds one tagged word");
  if (!I::IsValidSmi(v)) return V(v8::Integer::New(iso->isolate, v));
  slot->bits = I::IntToSmi(v);
  return reinterpret_cast<v8c_value>(slot);
}
