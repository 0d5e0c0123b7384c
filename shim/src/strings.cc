// strings.cc — strings in and out (UTF-8, Latin-1, UTF-16) and symbols.
// Output UTF-8 replaces lone surrogates with U+FFFD so C always gets valid
// UTF-8; lengths passed to V8 are int, so larger inputs are RangeErrors.
#include "v8c_internal.h"

#include <climits>

using namespace v8c;

static v8c_value too_long(v8c_isolate *iso) {
  return throw_range_error(iso, "Invalid string length");
}

v8c_value v8c_string(v8c_isolate *iso, const char *utf8, ptrdiff_t len) {
  if (len < 0) len = static_cast<ptrdiff_t>(std::strlen(utf8));
  if (len > INT_MAX) return too_long(iso);
  v8::Local<v8::String> s;
  if (!v8::String::NewFromUtf8(iso->isolate, utf8, v8::NewStringType::kNormal,
                               static_cast<int>(len)).ToLocal(&s))
    return too_long(iso);
  return V(s);
}
v8c_value v8c_string_latin1(v8c_isolate *iso, const uint8_t *bytes, size_t len) {
  if (len > INT_MAX) return too_long(iso);
  v8::Local<v8::String> s;
  if (!v8::String::NewFromOneByte(iso->isolate, bytes, v8::NewStringType::kNormal,
                                  static_cast<int>(len)).ToLocal(&s))
    return too_long(iso);
  return V(s);
}
v8c_value v8c_string_utf16(v8c_isolate *iso, const uint16_t *units, size_t len) {
  if (len > INT_MAX) return too_long(iso);
  v8::Local<v8::String> s;
  if (!v8::String::NewFromTwoByte(iso->isolate, units, v8::NewStringType::kNormal,
                                  static_cast<int>(len)).ToLocal(&s))
    return too_long(iso);
  return V(s);
}
v8c_value v8c_name(v8c_isolate *iso, const char *utf8) {
  return V(v8::String::NewFromUtf8(iso->isolate, utf8, v8::NewStringType::kInternalized));
}

size_t v8c_string_length(v8c_value v) { return L<v8::String>(v)->Length(); }
size_t v8c_string_utf8_length(v8c_isolate *iso, v8c_value v) {
  return L<v8::String>(v)->Utf8Length(iso->isolate);
}
size_t v8c_string_write_utf8(v8c_isolate *iso, v8c_value v, char *buf, size_t capacity) {
  int cap = capacity > INT_MAX ? INT_MAX : static_cast<int>(capacity);
  return L<v8::String>(v)->WriteUtf8(
      iso->isolate, buf, cap, nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
}
size_t v8c_string_write_utf16(v8c_isolate *iso, v8c_value v, uint16_t *buf, size_t capacity) {
  int cap = capacity > INT_MAX ? INT_MAX : static_cast<int>(capacity);
  return L<v8::String>(v)->Write(iso->isolate, buf, 0, cap, v8::String::NO_NULL_TERMINATION);
}
char *v8c_to_utf8(v8c_context ctx, v8c_value v, size_t *len) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::Local<v8::Value> val = L(v);
  if (!val->IsString()) {
    v8::TryCatch tc(iso->isolate);
    v8::Local<v8::String> s;
    if (!val->ToString(C(ctx)).ToLocal(&s)) {
      capture(iso, tc);
      return nullptr;
    }
    val = s;
  }
  return dup_utf8(iso->isolate, val, len);
}

v8c_value v8c_symbol_new(v8c_isolate *iso, const char *description) {
  v8::Local<v8::String> d;
  if (description) d = v8::String::NewFromUtf8(iso->isolate, description).ToLocalChecked();
  return V(v8::Symbol::New(iso->isolate, d));
}
v8c_value v8c_symbol_for(v8c_isolate *iso, const char *key) {
  return V(v8::Symbol::For(iso->isolate, v8::String::NewFromUtf8(iso->isolate, key).ToLocalChecked()));
}
v8c_value v8c_symbol_well_known(v8c_isolate *iso, v8c_well_known_symbol which) {
  v8::Isolate *i = iso->isolate;
  switch (which) {
    case V8C_SYMBOL_ITERATOR: return V(v8::Symbol::GetIterator(i));
    case V8C_SYMBOL_ASYNC_ITERATOR: return V(v8::Symbol::GetAsyncIterator(i));
    case V8C_SYMBOL_TO_STRING_TAG: return V(v8::Symbol::GetToStringTag(i));
    case V8C_SYMBOL_TO_PRIMITIVE: return V(v8::Symbol::GetToPrimitive(i));
    case V8C_SYMBOL_HAS_INSTANCE: return V(v8::Symbol::GetHasInstance(i));
  }
  V8C_CHECK(!"unknown well-known symbol");
  return nullptr;
}
v8c_value v8c_symbol_description(v8c_isolate *iso, v8c_value symbol) {
  return V(L<v8::Symbol>(symbol)->Description(iso->isolate));
}
