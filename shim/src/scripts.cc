// scripts.cc — classic scripts compiled and run in two steps, and the
// message (location) of an already-thrown value.
//
// Two steps let the test262 host tell a syntax error (compile fails: the
// `parse` phase) from an error the script throws (`runtime`).
#include "v8c_internal.h"

using namespace v8c;

static v8::ScriptOrigin script_origin(v8::Isolate *isolate, const char *resource_name) {
  v8::Local<v8::String> name =
      v8::String::NewFromUtf8(isolate, resource_name ? resource_name : "<script>").ToLocalChecked();
  return v8::ScriptOrigin(isolate, name);
}

v8c_script v8c_script_compile(v8c_context ctx, v8c_value source, const char *resource_name) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::TryCatch tc(iso->isolate);
  v8::ScriptOrigin origin = script_origin(iso->isolate, resource_name);
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(c, L<v8::String>(source), &origin).ToLocal(&script)) {
    capture(iso, tc);
    return nullptr;
  }
  v8c_script r;
  std::memcpy(&r, &script, sizeof r);
  return r;
}

v8c_value v8c_script_run_compiled(v8c_context ctx, v8c_script script) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, L<v8::Script>(script)->Run(c));
}

void v8c_exception_message(v8c_context ctx, v8c_value exception, v8c_message_info *info) {
  std::memset(info, 0, sizeof *info);
  v8::Isolate *isolate = C(ctx)->GetIsolate();
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, L(exception));
  if (!message.IsEmpty()) fill_message_info(isolate, message, info);
}
