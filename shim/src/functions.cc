// functions.cc — native functions with C callbacks, the trampoline that turns
// the pending slot into a real V8 throw, calls and construction.
#include "v8c_internal.h"

namespace v8c {

void call_native(const v8::FunctionCallbackInfo<v8::Value> &info, const CallTarget &t) {
  v8c_isolate *iso = Iso(info.GetIsolate());
  v8c_callinfo ci{&info, iso, t.data};
  v8c_value r = t.cb(&ci);
  if (iso->has_pending) {
#ifdef V8C_DEBUG
    if (r) {
      std::fprintf(stderr, "v8c: native callback %p returned a value with an exception pending\n",
                   reinterpret_cast<void *>(t.cb));
      std::abort();
    }
#endif
    rethrow_pending(iso);
    return;
  }
#ifdef V8C_DEBUG
  if (!r) {
    std::fprintf(stderr, "v8c: native callback %p returned NULL without a pending exception\n",
                 reinterpret_cast<void *>(t.cb));
    std::abort();
  }
#endif
  if (r) info.GetReturnValue().Set(L(r));
}

void trampoline(const v8::FunctionCallbackInfo<v8::Value> &info) {
  auto *rec = static_cast<v8c_callback_record *>(info.Data().As<v8::External>()->Value());
  call_native(info, CallTarget{rec->cb, rec->data});
}

static void unlink_record(v8c_isolate *iso, v8c_callback_record *rec) {
  if (rec->prev) rec->prev->next = rec->next; else iso->callbacks = rec->next;
  if (rec->next) rec->next->prev = rec->prev;
}

static void record_weak(const v8::WeakCallbackInfo<v8c_callback_record> &info) {
  v8c_callback_record *rec = info.GetParameter();
  rec->holder.Reset();
  unlink_record(Iso(info.GetIsolate()), rec);
  delete rec;
}

void free_callbacks(v8c_isolate *iso) {
  while (v8c_callback_record *rec = iso->callbacks) {
    unlink_record(iso, rec);
    rec->holder.Reset();
    delete rec;
  }
}

}  // namespace v8c

using namespace v8c;

v8c_context v8c_callinfo_context(v8c_callinfo *info) {
  return CX(info->iso->isolate->GetCurrentContext());
}
v8c_isolate *v8c_callinfo_isolate(v8c_callinfo *info) { return info->iso; }
int v8c_callinfo_argc(v8c_callinfo *info) { return info->info->Length(); }
v8c_value v8c_callinfo_arg(v8c_callinfo *info, int i) { return V((*info->info)[i]); }
v8c_value v8c_callinfo_this(v8c_callinfo *info) { return V(info->info->This()); }
v8c_value v8c_callinfo_new_target(v8c_callinfo *info) { return V(info->info->NewTarget()); }
void *v8c_callinfo_data(v8c_callinfo *info) { return info->data; }

v8c_value v8c_function_new(v8c_context ctx, const char *name, int length, v8c_callback cb,
                           void *data) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Isolate *isolate = iso->isolate;
  // The record lives as long as the External that carries it (weak), so a
  // collected function frees it; dispose frees the rest.
  auto *rec = new v8c_callback_record{cb, data, {}, nullptr, iso->callbacks};
  if (rec->next) rec->next->prev = rec;
  iso->callbacks = rec;
  v8::Local<v8::External> ext = v8::External::New(isolate, rec);
  rec->holder.Reset(isolate, ext);
  rec->holder.SetWeak(rec, record_weak, v8::WeakCallbackType::kParameter);
  v8::TryCatch tc(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(c, trampoline, ext, length).ToLocal(&fn)) {
    capture(iso, tc);
    return nullptr;
  }
  if (name)
    fn->SetName(v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized)
                    .ToLocalChecked());
  return V(fn);
}

v8c_value v8c_call(v8c_context ctx, v8c_value fn, v8c_value recv, int argc,
                   const v8c_value *argv) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::Value> f = L(fn);
  if (!f->IsFunction()) return throw_type_error(iso, "not a function");
  v8::TryCatch tc(iso->isolate);
  v8::Local<v8::Value> r = recv ? L(recv) : v8::Undefined(iso->isolate).As<v8::Value>();
  auto *args = reinterpret_cast<v8::Local<v8::Value> *>(const_cast<v8c_value *>(argv));
  return finish(iso, tc, f.As<v8::Function>()->Call(c, r, argc, args));
}

v8c_value v8c_construct(v8c_context ctx, v8c_value fn, int argc, const v8c_value *argv) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::Value> f = L(fn);
  if (!f->IsFunction()) return throw_type_error(iso, "not a constructor");
  v8::TryCatch tc(iso->isolate);
  auto *args = reinterpret_cast<v8::Local<v8::Value> *>(const_cast<v8c_value *>(argv));
  return finish(iso, tc, f.As<v8::Function>()->NewInstance(c, argc, args));
}

v8c_value v8c_function_name(v8c_value fn) { return V(L<v8::Function>(fn)->GetName()); }
