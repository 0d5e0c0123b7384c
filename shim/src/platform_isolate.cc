// platform_isolate.cc — process-wide V8 set-up (flags, platform) and the
// isolate record: creation wires every host hook once, so other files only
// read the C callbacks stored on the record.
#include "v8c_internal.h"

#include <memory>

namespace v8c {
bool g_expose_gc = false;
v8::Platform *g_platform = nullptr;
}  // namespace v8c

using namespace v8c;

static std::unique_ptr<v8::Platform> platform_owner;

void v8c_set_flags(const char *flags) {
  // RequestGarbageCollectionForTesting CHECK-fails without --expose-gc, so
  // v8c_gc must know whether it may use it.
  if (std::strstr(flags, "--expose-gc") || std::strstr(flags, "--expose_gc")) g_expose_gc = true;
  v8::V8::SetFlagsFromString(flags);
}

void v8c_platform_init(int threads) {
  V8C_CHECK(!platform_owner);
  v8::V8::InitializeICU();
  platform_owner = v8::platform::NewDefaultPlatform(threads);
  g_platform = platform_owner.get();
  v8::V8::InitializePlatform(g_platform);
  V8C_CHECK(v8::V8::Initialize());
}

void v8c_platform_dispose(void) {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  platform_owner.reset();
  g_platform = nullptr;
}

int v8c_platform_pump(v8c_isolate *iso) {
  int n = 0;
  while (v8::platform::PumpMessageLoop(g_platform, iso->isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait))
    n++;
  return n;
}

const char *v8c_version(void) { return v8::V8::GetVersion(); }

v8c_isolate *v8c_isolate_new(const v8c_isolate_options *options) {
  v8c_isolate *iso = new v8c_isolate();
  iso->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = iso->allocator;
  if (options && options->max_old_space_mb)
    params.constraints.set_max_old_generation_size_in_bytes(options->max_old_space_mb << 20);
  v8::Isolate *isolate = v8::Isolate::New(params);
  iso->isolate = isolate;
  isolate->SetData(0, iso);
  // The runtime drives microtask checkpoints itself (Node's ordering).
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetHostImportModuleDynamicallyCallback(dynamic_import_adapter);
  isolate->SetHostInitializeImportMetaObjectCallback(import_meta_adapter);
  isolate->SetPromiseRejectCallback(promise_reject_adapter);
  isolate->AddMessageListenerWithErrorLevel(message_adapter, v8::Isolate::kMessageError);
  // Entered for its whole life: the runtime has one isolate per thread, and
  // V8 APIs such as Isolate::GetCurrent expect an entered isolate.
  isolate->Enter();
  return iso;
}

void v8c_isolate_dispose(v8c_isolate *iso) {
  v8::Isolate *isolate = iso->isolate;
  // Globals must be reset while the isolate is alive.
  iso->pending.Reset();
  iso->pending_message.Reset();
  free_synthetic(iso);
  free_callbacks(iso);
  isolate->Exit();
  isolate->Dispose();
  delete iso->allocator;
  delete iso;
}

void v8c_isolate_set_data(v8c_isolate *iso, void *data) { iso->data = data; }
void *v8c_isolate_get_data(v8c_isolate *iso) { return iso->data; }

void v8c_gc(v8c_isolate *iso) {
  if (g_expose_gc)
    iso->isolate->RequestGarbageCollectionForTesting(v8::Isolate::kFullGarbageCollection);
  else
    iso->isolate->LowMemoryNotification();
}

void v8c_heap_statistics(v8c_isolate *iso, v8c_heap_stats *out) {
  v8::HeapStatistics hs;
  iso->isolate->GetHeapStatistics(&hs);
  out->total_heap_size = hs.total_heap_size();
  out->used_heap_size = hs.used_heap_size();
  out->heap_size_limit = hs.heap_size_limit();
  out->external_memory = hs.external_memory();
  out->malloced_memory = hs.malloced_memory();
}

void v8c_adjust_external_memory(v8c_isolate *iso, int64_t delta) {
  iso->isolate->AdjustAmountOfExternalAllocatedMemory(delta);
}
