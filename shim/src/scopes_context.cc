// scopes_context.cc — handle scopes placed in caller-owned stack storage and
// contexts with their embedder-data slots.
#include "v8c_internal.h"

#include <new>

using namespace v8c;

void v8c_handle_scope_open(v8c_isolate *iso, v8c_handle_scope *scope) {
  ::new (static_cast<void *>(scope)) v8::HandleScope(iso->isolate);
}
void v8c_handle_scope_close(v8c_handle_scope *scope) {
  reinterpret_cast<v8::HandleScope *>(scope)->~HandleScope();
}
void v8c_escapable_scope_open(v8c_isolate *iso, v8c_escapable_scope *scope) {
  ::new (static_cast<void *>(scope)) v8::EscapableHandleScope(iso->isolate);
}
v8c_value v8c_escapable_scope_escape(v8c_escapable_scope *scope, v8c_value v) {
  return V(reinterpret_cast<v8::EscapableHandleScope *>(scope)->Escape(L(v)));
}
void v8c_escapable_scope_close(v8c_escapable_scope *scope) {
  reinterpret_cast<v8::EscapableHandleScope *>(scope)->~EscapableHandleScope();
}

v8c_context v8c_context_new(v8c_isolate *iso) {
  v8::Local<v8::Context> ctx = v8::Context::New(iso->isolate);
  // Pre-size the embedder data so get on an unset slot reads NULL instead
  // of tripping V8's index check.
  for (int i = 0; i < kV8cContextSlots; i++)
    ctx->SetAlignedPointerInEmbedderData(kV8cContextSlotBase + i, nullptr);
  return CX(ctx);
}
v8c_isolate *v8c_context_isolate(v8c_context ctx) { return Iso(C(ctx)); }
v8c_context v8c_current_context(v8c_isolate *iso) {
  return CX(iso->isolate->GetCurrentContext());
}
void v8c_context_enter(v8c_context ctx) { C(ctx)->Enter(); }
void v8c_context_exit(v8c_context ctx) { C(ctx)->Exit(); }
v8c_value v8c_context_global(v8c_context ctx) { return V(C(ctx)->Global()); }

void v8c_context_set_data(v8c_context ctx, int slot, void *data) {
  V8C_CHECK(slot >= 0 && slot < kV8cContextSlots);
  // V8 stores these as Smi-tagged aligned pointers.
  V8C_CHECK((reinterpret_cast<uintptr_t>(data) & 1) == 0);
  C(ctx)->SetAlignedPointerInEmbedderData(kV8cContextSlotBase + slot, data);
}
void *v8c_context_get_data(v8c_context ctx, int slot) {
  V8C_CHECK(slot >= 0 && slot < kV8cContextSlots);
  return C(ctx)->GetAlignedPointerFromEmbedderData(kV8cContextSlotBase + slot);
}
void v8c_context_share_security_token(v8c_context ctx, v8c_context other) {
  C(other)->SetSecurityToken(C(ctx)->GetSecurityToken());
}
