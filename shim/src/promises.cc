// promises.cc — resolvers, promise state, then(), the reject callback
// adapter and explicit microtask checkpoints.
#include "v8c_internal.h"

using namespace v8c;

v8c_value v8c_promise_resolver_new(v8c_context ctx) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, v8::Promise::Resolver::New(C(ctx)));
}
v8c_value v8c_promise_resolver_promise(v8c_value resolver) {
  return V(L<v8::Promise::Resolver>(resolver)->GetPromise());
}
bool v8c_promise_resolver_resolve(v8c_context ctx, v8c_value resolver, v8c_value value) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish_bool(iso, tc, L<v8::Promise::Resolver>(resolver)->Resolve(C(ctx), L(value)));
}
bool v8c_promise_resolver_reject(v8c_context ctx, v8c_value resolver, v8c_value reason) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish_bool(iso, tc, L<v8::Promise::Resolver>(resolver)->Reject(C(ctx), L(reason)));
}
v8c_promise_state v8c_promise_state_of(v8c_value promise) {
  switch (L<v8::Promise>(promise)->State()) {
    case v8::Promise::kPending: return V8C_PROMISE_PENDING;
    case v8::Promise::kFulfilled: return V8C_PROMISE_FULFILLED;
    case v8::Promise::kRejected: return V8C_PROMISE_REJECTED;
  }
  return V8C_PROMISE_PENDING;
}
v8c_value v8c_promise_result(v8c_value promise) {
  v8::Local<v8::Promise> p = L<v8::Promise>(promise);
  // Result() is only defined once settled.
  if (p->State() == v8::Promise::kPending) return V(v8::Undefined(p->GetIsolate()));
  return V(p->Result());
}
bool v8c_promise_has_handler(v8c_value promise) { return L<v8::Promise>(promise)->HasHandler(); }

v8c_value v8c_promise_then(v8c_context ctx, v8c_value promise, v8c_value on_fulfilled,
                           v8c_value on_rejected) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::Value> pv = L(promise);
  if (!pv->IsPromise()) return throw_type_error(iso, "not a promise");
  v8::Local<v8::Promise> p = pv.As<v8::Promise>();
  v8::TryCatch tc(iso->isolate);
  if (on_fulfilled && on_rejected)
    return finish(iso, tc, p->Then(c, L<v8::Function>(on_fulfilled), L<v8::Function>(on_rejected)));
  if (on_fulfilled) return finish(iso, tc, p->Then(c, L<v8::Function>(on_fulfilled)));
  if (on_rejected) return finish(iso, tc, p->Catch(c, L<v8::Function>(on_rejected)));
  // then() with no handlers still makes a derived promise (and marks the
  // original as handled), so go through the JS method.
  v8::Local<v8::Value> then;
  if (!p->Get(c, v8::String::NewFromUtf8Literal(iso->isolate, "then")).ToLocal(&then) ||
      !then->IsFunction())
    return finish(iso, tc, v8::MaybeLocal<v8::Value>());
  return finish(iso, tc, then.As<v8::Function>()->Call(c, p, 0, nullptr));
}

namespace v8c {
void promise_reject_adapter(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate *isolate = promise->GetIsolate();
  v8c_isolate *iso = Iso(isolate);
  if (!iso->reject_callback) return;
  v8::HandleScope scope(isolate);
  v8c_reject_event ev = V8C_REJECT_WITH_NO_HANDLER;
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: ev = V8C_REJECT_WITH_NO_HANDLER; break;
    case v8::kPromiseHandlerAddedAfterReject: ev = V8C_REJECT_HANDLER_ADDED_AFTER; break;
    case v8::kPromiseRejectAfterResolved: ev = V8C_REJECT_AFTER_RESOLVED; break;
    case v8::kPromiseResolveAfterResolved: ev = V8C_RESOLVE_AFTER_RESOLVED; break;
  }
  v8::Local<v8::Value> value = message.GetValue();
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  iso->reject_callback(iso, ev, V(promise), V(value));
}
}  // namespace v8c

void v8c_isolate_set_promise_reject_callback(v8c_isolate *iso, v8c_promise_reject_callback cb) {
  iso->reject_callback = cb;
}

void v8c_microtasks_run(v8c_isolate *iso) { iso->isolate->PerformMicrotaskCheckpoint(); }

bool v8c_microtask_enqueue(v8c_context ctx, v8c_value fn) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::Local<v8::Value> f = L(fn);
  if (!f->IsFunction()) return throw_type_error(iso, "not a function") != nullptr;
  iso->isolate->EnqueueMicrotask(f.As<v8::Function>());
  return true;
}
