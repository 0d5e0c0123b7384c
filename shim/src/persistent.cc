// persistent.cc — heap-held Global handles, optionally weak. The finalizer
// runs from V8's first-pass weak callback (main thread, inside GC), which is
// why it must not touch JS.
#include "v8c_internal.h"

using namespace v8c;

struct v8c_persistent {
  v8c_isolate *iso;
  v8::Global<v8::Value> handle;
  v8c_finalizer finalizer;
  void *data;
};

v8c_persistent *v8c_persistent_new(v8c_isolate *iso, v8c_value v) {
  auto *p = new v8c_persistent();
  p->iso = iso;
  p->handle.Reset(iso->isolate, L(v));
  return p;
}
v8c_value v8c_persistent_get(v8c_isolate *iso, v8c_persistent *p) {
  if (p->handle.IsEmpty()) return nullptr;
  return V(p->handle.Get(iso->isolate));
}
void v8c_persistent_free(v8c_persistent *p) {
  p->handle.Reset();
  delete p;
}

static void on_weak(const v8::WeakCallbackInfo<v8c_persistent> &info) {
  v8c_persistent *p = info.GetParameter();
  // V8 requires the handle to be reset in the first pass.
  p->handle.Reset();
  v8c_finalizer fin = p->finalizer;
  void *data = p->data;
  if (fin) fin(data);  // may free p
}

void v8c_persistent_set_weak(v8c_persistent *p, v8c_finalizer finalizer, void *data) {
  if (p->handle.IsEmpty()) return;
  p->finalizer = finalizer;
  p->data = data;
  p->handle.SetWeak(p, on_weak, v8::WeakCallbackType::kParameter);
}
void v8c_persistent_clear_weak(v8c_persistent *p) {
  if (!p->handle.IsEmpty()) p->handle.ClearWeak();
  p->finalizer = nullptr;
  p->data = nullptr;
}
