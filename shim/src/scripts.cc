// scripts.cc — classic scripts (compiled and run in one or two steps) and
// functions compiled from source.
//
// Two steps let the test262 host tell a syntax error (compile fails: the
// `parse` phase) from an error the script throws (`runtime`).
#include "v8c_internal.h"

#include <vector>

using namespace v8c;

v8c_script v8c_script_compile(v8c_context ctx, v8c_value source, const char *resource_name) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::String> src;
  if (!source_string(iso, source, &src)) return nullptr;
  v8::TryCatch tc(iso->isolate);
  v8::ScriptOrigin o = script_origin(iso->isolate, resource_name, false);
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(c, src, &o).ToLocal(&script)) {
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

v8c_value v8c_script_run(v8c_context ctx, v8c_value source, const char *resource_name) {
  v8c_script script = v8c_script_compile(ctx, source, resource_name);
  if (!script) return nullptr;
  return v8c_script_run_compiled(ctx, script);
}

v8c_value v8c_compile_function(v8c_context ctx, v8c_value source, const char *resource_name,
                               int param_count, const char *const *params) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::String> src;
  if (!source_string(iso, source, &src)) return nullptr;
  std::vector<v8::Local<v8::String>> names;
  for (int i = 0; i < param_count; i++)
    names.push_back(v8::String::NewFromUtf8(iso->isolate, params[i]).ToLocalChecked());
  v8::TryCatch tc(iso->isolate);
  v8::ScriptCompiler::Source s(src, script_origin(iso->isolate, resource_name, false));
  return finish(iso, tc,
                v8::ScriptCompiler::CompileFunctionInContext(c, &s, names.size(), names.data(), 0,
                                                             nullptr));
}

