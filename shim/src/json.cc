// json.cc — JSON.parse / JSON.stringify through V8's native JSON.
#include "v8c_internal.h"

using namespace v8c;

v8c_value v8c_json_parse(v8c_context ctx, v8c_value text) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  v8::Local<v8::String> s;
  if (!L(text)->ToString(C(ctx)).ToLocal(&s)) return finish(iso, tc, v8::MaybeLocal<v8::Value>());
  return finish(iso, tc, v8::JSON::Parse(C(ctx), s));
}
v8c_value v8c_json_stringify(v8c_context ctx, v8c_value value) {
  v8c_isolate *iso = Iso(C(ctx));
  v8::TryCatch tc(iso->isolate);
  return finish(iso, tc, v8::JSON::Stringify(C(ctx), L(value)));
}
