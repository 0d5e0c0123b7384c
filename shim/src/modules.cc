// modules.cc — ES modules (source text and synthetic) and the adapters from V8's host hooks to the C hooks stored
// on the isolate. A C hook that fails leaves an exception pending; the
// adapter throws it into V8 and returns empty, as V8 expects.
#include "v8c_internal.h"

#include <vector>

using namespace v8c;

v8c_module v8c_module_compile(v8c_context ctx, v8c_value source, const char *resource_name) {
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::String> src;
  if (!source_string(iso, source, &src)) return nullptr;
  v8::TryCatch tc(iso->isolate);
  v8::ScriptCompiler::Source s(src, script_origin(iso->isolate, resource_name, true));
  v8::Local<v8::Module> m;
  if (!v8::ScriptCompiler::CompileModule(iso->isolate, &s).ToLocal(&m)) {
    capture(iso, tc);
    return nullptr;
  }
  return MX(m);
}

// Synthetic modules: V8's evaluation steps get only (context, module), so
// the C callback is found by identity hash plus handle equality.
static v8::MaybeLocal<v8::Value> synthetic_steps(v8::Local<v8::Context> ctx,
                                                 v8::Local<v8::Module> module) {
  v8c_isolate *iso = Iso(ctx);
  v8::Isolate *isolate = iso->isolate;
  v8c_synthetic_evaluate evaluate = nullptr;
  auto range = iso->synthetic.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second->module.Get(isolate) == module) {
      evaluate = it->second->evaluate;
      delete it->second;  // evaluation happens once
      iso->synthetic.erase(it);
      break;
    }
  }
  V8C_CHECK(evaluate);
  v8::EscapableHandleScope scope(isolate);
  v8c_value r = evaluate(CX(ctx), MX(module));
  if (!r) {
    V8C_CHECK(iso->has_pending);
    rethrow_pending(iso);
    return v8::MaybeLocal<v8::Value>();
  }
  v8::Local<v8::Value> rv = L(r);
  if (rv->IsPromise()) return scope.Escape(rv);
  // With top-level await V8 expects the steps to produce a promise.
  v8::Local<v8::Promise::Resolver> res;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&res)) return v8::MaybeLocal<v8::Value>();
  if (res->Resolve(ctx, v8::Undefined(isolate)).IsNothing()) return v8::MaybeLocal<v8::Value>();
  return scope.Escape(res->GetPromise().As<v8::Value>());
}

v8c_module v8c_module_new_synthetic(v8c_context ctx, const char *resource_name, int export_count,
                                    const char *const *export_names,
                                    v8c_synthetic_evaluate evaluate) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::Isolate *isolate = iso->isolate;
  std::vector<v8::Local<v8::String>> names;
  for (int i = 0; i < export_count; i++)
    names.push_back(v8::String::NewFromUtf8(isolate, export_names[i], v8::NewStringType::kInternalized)
                        .ToLocalChecked());
  v8::Local<v8::Module> m = v8::Module::CreateSyntheticModule(
      isolate, v8::String::NewFromUtf8(isolate, resource_name ? resource_name : "").ToLocalChecked(),
      names, synthetic_steps);
  auto *e = new v8c_synthetic_entry();
  e->module.Reset(isolate, m);
  e->evaluate = evaluate;
  iso->synthetic.emplace(m->GetIdentityHash(), e);
  return MX(m);
}

namespace v8c {
void free_synthetic(v8c_isolate *iso) {
  for (auto &kv : iso->synthetic) delete kv.second;
  iso->synthetic.clear();
}
}  // namespace v8c

bool v8c_module_set_export(v8c_context ctx, v8c_module module, const char *name, v8c_value value) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish_bool(iso, tc,
                     M(module)->SetSyntheticModuleExport(
                         iso->isolate,
                         v8::String::NewFromUtf8(iso->isolate, name, v8::NewStringType::kInternalized)
                             .ToLocalChecked(),
                         L(value)));
}

void v8c_isolate_set_module_hooks(v8c_isolate *iso, v8c_resolve_callback resolve,
                                  v8c_dynamic_import_callback dynamic_import,
                                  v8c_import_meta_callback import_meta) {
  iso->resolve = resolve;
  iso->dynamic_import = dynamic_import;
  iso->import_meta = import_meta;
}

static v8::MaybeLocal<v8::Module> resolve_adapter(v8::Local<v8::Context> ctx,
                                                  v8::Local<v8::String> specifier,
                                                  v8::Local<v8::FixedArray> assertions,
                                                  v8::Local<v8::Module> referrer) {
  v8c_isolate *iso = Iso(ctx);
  if (!iso->resolve) {
    throw_type_error(iso, "no module resolve hook installed");
    rethrow_pending(iso);
    return v8::MaybeLocal<v8::Module>();
  }
  v8c_module m = iso->resolve(CX(ctx), V(specifier), MX(referrer));
  if (!m) {
    if (!iso->has_pending) throw_type_error(iso, "module resolve hook failed");
    rethrow_pending(iso);
    return v8::MaybeLocal<v8::Module>();
  }
  return M(m);
}

namespace v8c {
v8::MaybeLocal<v8::Promise> dynamic_import_adapter(v8::Local<v8::Context> ctx,
                                                   v8::Local<v8::Data> host_defined_options,
                                                   v8::Local<v8::Value> resource_name,
                                                   v8::Local<v8::String> specifier,
                                                   v8::Local<v8::FixedArray> assertions) {
  v8c_isolate *iso = Iso(ctx);
  v8::Isolate *isolate = iso->isolate;
  // import() must not throw synchronously (spec: it returns a rejected
  // promise), so hook failures become a rejection here.
  if (!iso->dynamic_import) throw_type_error(iso, "dynamic import is not supported");
  v8::Local<v8::Value> name =
      resource_name.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>() : resource_name;
  v8c_value r = iso->has_pending ? nullptr : iso->dynamic_import(CX(ctx), V(specifier), V(name));
  if (!r) {
    if (!iso->has_pending) throw_type_error(iso, "dynamic import hook failed");
    v8::Local<v8::Value> ex = iso->pending.Get(isolate);
    iso->pending.Reset();
    iso->pending_message.Reset();
    iso->has_pending = false;
    v8::Local<v8::Promise::Resolver> res;
    if (!v8::Promise::Resolver::New(ctx).ToLocal(&res)) return v8::MaybeLocal<v8::Promise>();
    if (res->Reject(ctx, ex).IsNothing()) return v8::MaybeLocal<v8::Promise>();
    return res->GetPromise();
  }
  v8::Local<v8::Value> rv = L(r);
  if (rv->IsPromise()) return rv.As<v8::Promise>();
  // Be lenient: a hook that returns the namespace directly gets it wrapped.
  v8::Local<v8::Promise::Resolver> res;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&res)) return v8::MaybeLocal<v8::Promise>();
  if (res->Resolve(ctx, rv).IsNothing()) return v8::MaybeLocal<v8::Promise>();
  return res->GetPromise();
}

void import_meta_adapter(v8::Local<v8::Context> ctx, v8::Local<v8::Module> module,
                         v8::Local<v8::Object> meta) {
  v8c_isolate *iso = Iso(ctx);
  if (!iso->import_meta) return;
  iso->import_meta(CX(ctx), MX(module), V(meta));
  // V8 gives this hook no way to fail; an exception left by it is thrown so
  // it surfaces at the import.meta access instead of leaking into later calls.
  if (iso->has_pending) rethrow_pending(iso);
}
}  // namespace v8c

bool v8c_module_instantiate(v8c_context ctx, v8c_module module) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish_bool(iso, tc, M(module)->InstantiateModule(C(ctx), resolve_adapter));
}

v8c_value v8c_module_evaluate(v8c_context ctx, v8c_module module) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, M(module)->Evaluate(C(ctx)));
}

v8c_module_status v8c_module_status_of(v8c_module module) {
  switch (M(module)->GetStatus()) {
    case v8::Module::kUninstantiated: return V8C_MODULE_UNINSTANTIATED;
    case v8::Module::kInstantiating: return V8C_MODULE_INSTANTIATING;
    case v8::Module::kInstantiated: return V8C_MODULE_INSTANTIATED;
    case v8::Module::kEvaluating: return V8C_MODULE_EVALUATING;
    case v8::Module::kEvaluated: return V8C_MODULE_EVALUATED;
    case v8::Module::kErrored: return V8C_MODULE_ERRORED;
  }
  return V8C_MODULE_ERRORED;
}
v8c_value v8c_module_exception(v8c_module module) { return V(M(module)->GetException()); }
v8c_value v8c_module_namespace(v8c_module module) { return V(M(module)->GetModuleNamespace()); }
int v8c_module_identity_hash(v8c_module module) { return M(module)->GetIdentityHash(); }

int v8c_module_request_count(v8c_context ctx, v8c_module module) {
  return M(module)->GetModuleRequests()->Length();
}
v8c_value v8c_module_request(v8c_context ctx, v8c_module module, int i) {
  v8::Local<v8::FixedArray> reqs = M(module)->GetModuleRequests();
  return V(reqs->Get(C(ctx), i).As<v8::ModuleRequest>()->GetSpecifier());
}

// Module is a v8::Data, not a Value; the handle slot is the same, and the
// only use of the "value" is to park it in a persistent and get it back.
v8c_value v8c_module_to_value(v8c_module module) { return reinterpret_cast<v8c_value>(module); }
v8c_module v8c_module_from_value(v8c_value v) { return reinterpret_cast<v8c_module>(v); }
