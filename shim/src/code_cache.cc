// code_cache.cc — V8 code caches for functions compiled from source.
//
// The runtime compiles each embedded stdlib-js file with
// CompileFunctionInContext; with a cache V8 deserialises the bytecode instead
// of parsing and compiling (and skips lazy compilation of inner functions that
// were compiled when the cache was made). V8 validates a cache itself (magic,
// version, flags hash, source length, checksum) and falls back to compiling
// from source when it rejects one, so a stale or corrupt cache costs time,
// never correctness.
#include "v8c_internal.h"

#include <vector>

using namespace v8c;

v8c_value v8c_compile_function_cached(v8c_context ctx, v8c_value source, const char *resource_name,
                                      int param_count, const char *const *params,
                                      const void *cache, size_t cache_len, bool *rejected) {
  if (rejected) *rejected = false;
  v8::Local<v8::Context> c = C(ctx);
  v8c_isolate *iso = Iso(c);
  v8::Local<v8::String> src;
  if (!source_string(iso, source, &src)) return nullptr;
  std::vector<v8::Local<v8::String>> names;
  for (int i = 0; i < param_count; i++)
    names.push_back(v8::String::NewFromUtf8(iso->isolate, params[i]).ToLocalChecked());
  v8::TryCatch tc(iso->isolate);
  // CachedData's length is an int; a larger "cache" cannot be one.
  bool use = cache && cache_len > 0 && cache_len <= 0x7fffffff;
  // The Source owns the CachedData record (not the bytes: BufferNotOwned).
  v8::ScriptCompiler::CachedData *cd =
      use ? new v8::ScriptCompiler::CachedData(static_cast<const uint8_t *>(cache), static_cast<int>(cache_len),
                                               v8::ScriptCompiler::CachedData::BufferNotOwned)
          : nullptr;
  v8::ScriptCompiler::Source s(src, script_origin(iso->isolate, resource_name, false), cd);
  v8::MaybeLocal<v8::Function> fn = v8::ScriptCompiler::CompileFunctionInContext(
      c, &s, names.size(), names.data(), 0, nullptr,
      use ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions);
  if (rejected && use) *rejected = s.GetCachedData() == nullptr || s.GetCachedData()->rejected;
  return finish(iso, tc, fn);
}

void *v8c_code_cache_create(v8c_value fn, size_t *len) {
  *len = 0;
  v8::Local<v8::Value> f = L(fn);
  if (f.IsEmpty() || !f->IsFunction()) return nullptr;
  v8::ScriptCompiler::CachedData *cd = v8::ScriptCompiler::CreateCodeCacheForFunction(f.As<v8::Function>());
  if (!cd) return nullptr;
  void *out = nullptr;
  if (cd->length > 0 && cd->data) {
    out = std::malloc(static_cast<size_t>(cd->length));
    if (out) {
      std::memcpy(out, cd->data, static_cast<size_t>(cd->length));
      *len = static_cast<size_t>(cd->length);
    }
  }
  delete cd;  // owns its buffer (BufferOwned)
  return out;
}

uint32_t v8c_code_cache_version_tag(void) { return v8::ScriptCompiler::CachedDataVersionTag(); }

namespace {
// An external one-byte string over process-lifetime bytes: V8 disposes the
// resource record (default Dispose deletes it), never the bytes.
class StaticOneByte : public v8::String::ExternalOneByteStringResource {
 public:
  StaticOneByte(const char *data, size_t len) : data_(data), len_(len) {}
  const char *data() const override { return data_; }
  size_t length() const override { return len_; }

 private:
  const char *data_;
  size_t len_;
};
}  // namespace

v8c_value v8c_string_external_static(v8c_isolate *iso, const char *latin1, size_t len) {
  if (len > static_cast<size_t>(v8::String::kMaxLength)) return throw_range_error(iso, "Invalid string length");
  if (len == 0) return V(v8::String::Empty(iso->isolate));
  auto *resource = new StaticOneByte(latin1, len);
  v8::Local<v8::String> s;
  if (!v8::String::NewExternalOneByte(iso->isolate, resource).ToLocal(&s)) {
    delete resource;
    return throw_range_error(iso, "Invalid string length");
  }
  return V(s);
}
