// buffers.cc — ArrayBuffers (JS-owned and external), DataViews and typed
// arrays. Bounds are checked here because V8's API constructors CHECK (crash)
// or build invalid views instead of throwing.
#include "v8c_internal.h"

using namespace v8c;

static void free_with_allocator(void *data, size_t len, void *allocator) {
  static_cast<v8::ArrayBuffer::Allocator *>(allocator)->Free(data, len);
}
static void noop_deleter(void *, size_t, void *) {}

v8c_value v8c_array_buffer_new(v8c_context ctx, size_t len) {
  v8c_isolate *iso = Iso(C(ctx));
  if (len > v8::TypedArray::kMaxLength)
    return throw_range_error(iso, "Array buffer allocation failed");
  // Allocating here lets a failed allocation become a RangeError; V8's own
  // ArrayBuffer::New treats it as a fatal out-of-memory.
  void *data = len ? iso->allocator->Allocate(len) : nullptr;
  if (len && !data) return throw_range_error(iso, "Array buffer allocation failed");
  std::shared_ptr<v8::BackingStore> bs =
      v8::ArrayBuffer::NewBackingStore(data, len, free_with_allocator, iso->allocator);
  return V(v8::ArrayBuffer::New(iso->isolate, std::move(bs)));
}

v8c_value v8c_array_buffer_new_external(v8c_context ctx, void *data, size_t len,
                                        v8c_backing_store_deleter deleter, void *deleter_data) {
  v8c_isolate *iso = Iso(C(ctx));
  std::shared_ptr<v8::BackingStore> bs = v8::ArrayBuffer::NewBackingStore(
      data, len, deleter ? deleter : noop_deleter, deleter_data);
  return V(v8::ArrayBuffer::New(iso->isolate, std::move(bs)));
}

void *v8c_array_buffer_data(v8c_value ab, size_t *len) {
  v8::Local<v8::Value> v = L(ab);
  void *data;
  size_t n;
  if (v->IsSharedArrayBuffer()) {
    data = v.As<v8::SharedArrayBuffer>()->Data();
    n = v.As<v8::SharedArrayBuffer>()->ByteLength();
  } else {
    data = v.As<v8::ArrayBuffer>()->Data();
    n = v.As<v8::ArrayBuffer>()->ByteLength();
  }
  if (len) *len = data ? n : 0;
  return data;
}

bool v8c_array_buffer_is_detachable(v8c_value ab) {
  v8::Local<v8::Value> v = L(ab);
  return v->IsArrayBuffer() && v.As<v8::ArrayBuffer>()->IsDetachable();
}

bool v8c_array_buffer_detach(v8c_context ctx, v8c_value ab) {
  if (!v8c_array_buffer_is_detachable(ab))
    return throw_type_error(Iso(C(ctx)), "ArrayBuffer is not detachable") != nullptr;
  L<v8::ArrayBuffer>(ab)->Detach();
  return true;
}

// Byte length and (for typed arrays) element size of a buffer, checking it
// is a live (Shared)ArrayBuffer.
static bool buffer_length(v8c_isolate *iso, v8::Local<v8::Value> b, size_t *len) {
  if (b->IsArrayBuffer()) {
    *len = b.As<v8::ArrayBuffer>()->ByteLength();
  } else if (b->IsSharedArrayBuffer()) {
    *len = b.As<v8::SharedArrayBuffer>()->ByteLength();
  } else {
    throw_type_error(iso, "not an ArrayBuffer");
    return false;
  }
  return true;
}

v8c_value v8c_data_view_new(v8c_context ctx, v8c_value ab, size_t offset, size_t len) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::Local<v8::Value> b = L(ab);
  size_t blen;
  if (!buffer_length(iso, b, &blen)) return nullptr;
  if (offset > blen || len > blen - offset)
    return throw_range_error(iso, "Invalid DataView length");
  if (b->IsSharedArrayBuffer())
    return V(v8::DataView::New(b.As<v8::SharedArrayBuffer>(), offset, len));
  return V(v8::DataView::New(b.As<v8::ArrayBuffer>(), offset, len));
}

static size_t element_size(v8c_typed_array_kind k) {
  switch (k) {
    case V8C_INT8: case V8C_UINT8: case V8C_UINT8_CLAMPED: return 1;
    case V8C_INT16: case V8C_UINT16: return 2;
    case V8C_INT32: case V8C_UINT32: case V8C_FLOAT32: return 4;
    case V8C_FLOAT64: case V8C_BIGINT64: case V8C_BIGUINT64: return 8;
  }
  return 1;
}

template <class TA, class B>
static v8::Local<v8::Value> make_ta(v8::Local<B> b, size_t offset, size_t length) {
  return TA::New(b, offset, length);
}

template <class B>
static v8::Local<v8::Value> make_kind(v8c_typed_array_kind k, v8::Local<B> b, size_t o, size_t n) {
  switch (k) {
    case V8C_INT8: return make_ta<v8::Int8Array>(b, o, n);
    case V8C_UINT8: return make_ta<v8::Uint8Array>(b, o, n);
    case V8C_UINT8_CLAMPED: return make_ta<v8::Uint8ClampedArray>(b, o, n);
    case V8C_INT16: return make_ta<v8::Int16Array>(b, o, n);
    case V8C_UINT16: return make_ta<v8::Uint16Array>(b, o, n);
    case V8C_INT32: return make_ta<v8::Int32Array>(b, o, n);
    case V8C_UINT32: return make_ta<v8::Uint32Array>(b, o, n);
    case V8C_FLOAT32: return make_ta<v8::Float32Array>(b, o, n);
    case V8C_FLOAT64: return make_ta<v8::Float64Array>(b, o, n);
    case V8C_BIGINT64: return make_ta<v8::BigInt64Array>(b, o, n);
    case V8C_BIGUINT64: return make_ta<v8::BigUint64Array>(b, o, n);
  }
  return v8::Local<v8::Value>();
}

v8c_value v8c_typed_array_new(v8c_context ctx, v8c_typed_array_kind kind, v8c_value ab,
                              size_t offset, size_t length) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::Local<v8::Value> b = L(ab);
  size_t blen, es = element_size(kind);
  if (!buffer_length(iso, b, &blen)) return nullptr;
  if (offset % es) return throw_range_error(iso, "start offset of typed array should be a multiple of its element size");
  if (offset > blen || length > (blen - offset) / es || length > v8::TypedArray::kMaxLength)
    return throw_range_error(iso, "Invalid typed array length");
  if (b->IsSharedArrayBuffer())
    return V(make_kind(kind, b.As<v8::SharedArrayBuffer>(), offset, length));
  return V(make_kind(kind, b.As<v8::ArrayBuffer>(), offset, length));
}

v8c_typed_array_kind v8c_typed_array_kind_of(v8c_value ta) {
  v8::Local<v8::Value> v = L(ta);
  if (v->IsInt8Array()) return V8C_INT8;
  if (v->IsUint8Array()) return V8C_UINT8;
  if (v->IsUint8ClampedArray()) return V8C_UINT8_CLAMPED;
  if (v->IsInt16Array()) return V8C_INT16;
  if (v->IsUint16Array()) return V8C_UINT16;
  if (v->IsInt32Array()) return V8C_INT32;
  if (v->IsUint32Array()) return V8C_UINT32;
  if (v->IsFloat32Array()) return V8C_FLOAT32;
  if (v->IsFloat64Array()) return V8C_FLOAT64;
  if (v->IsBigInt64Array()) return V8C_BIGINT64;
  if (v->IsBigUint64Array()) return V8C_BIGUINT64;
  V8C_CHECK(!"not a typed array");
  return V8C_UINT8;
}

void *v8c_view_data(v8c_value view, v8c_value *buffer, size_t *byte_offset,
                    size_t *byte_length) {
  v8::Local<v8::ArrayBufferView> v = L<v8::ArrayBufferView>(view);
  v8::Local<v8::ArrayBuffer> b = v->Buffer();
  size_t off = v->ByteOffset();
  if (buffer) *buffer = V(b);
  if (byte_offset) *byte_offset = off;
  if (byte_length) *byte_length = v->ByteLength();
  char *data = static_cast<char *>(b->Data());
  return data ? data + off : nullptr;
}
