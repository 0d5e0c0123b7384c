// exceptions.cc — the Node-API-style pending exception: every throwing shim
// call catches into the isolate's pending slot; callers propagate or take it.
// Also the throwers, error constructors and the uncaught-message listener.
#include "v8c_internal.h"

#include <cstdarg>

namespace v8c {

void set_pending(v8c_isolate *iso, v8::Local<v8::Value> exception,
                 v8::Local<v8::Message> message) {
  iso->pending.Reset(iso->isolate, exception);
  if (message.IsEmpty())
    iso->pending_message.Reset();
  else
    iso->pending_message.Reset(iso->isolate, message);
  iso->has_pending = true;
}

void capture(v8c_isolate *iso, v8::TryCatch &tc) {
  if (tc.HasCaught() && !tc.Exception().IsEmpty()) {
    set_pending(iso, tc.Exception(), tc.Message());
    return;
  }
  // Failure without an exception (termination, or an API that reports
  // failure silently): keep "NULL iff pending" true with a generic Error.
  v8::Local<v8::Value> err = v8::Exception::Error(
      v8::String::NewFromUtf8Literal(iso->isolate, "V8 operation failed"));
  set_pending(iso, err, v8::Exception::CreateMessage(iso->isolate, err));
}

void rethrow_pending(v8c_isolate *iso) {
  v8::Local<v8::Value> ex = iso->pending.Get(iso->isolate);
  iso->pending.Reset();
  iso->pending_message.Reset();
  iso->has_pending = false;
  iso->isolate->ThrowException(ex);
}

static v8c_value throw_made(v8c_isolate *iso, v8::Local<v8::Value> err) {
  set_pending(iso, err, v8::Exception::CreateMessage(iso->isolate, err));
  return nullptr;
}

v8c_value throw_type_error(v8c_isolate *iso, const char *msg) {
  return throw_made(iso, v8::Exception::TypeError(
                             v8::String::NewFromUtf8(iso->isolate, msg).ToLocalChecked()));
}
v8c_value throw_range_error(v8c_isolate *iso, const char *msg) {
  return throw_made(iso, v8::Exception::RangeError(
                             v8::String::NewFromUtf8(iso->isolate, msg).ToLocalChecked()));
}

char *dup_utf8(v8::Isolate *isolate, v8::Local<v8::Value> v, size_t *len) {
  if (v.IsEmpty() || !v->IsString()) return nullptr;
  v8::Local<v8::String> s = v.As<v8::String>();
  int n = s->Utf8Length(isolate);
  char *buf = static_cast<char *>(std::malloc(n + 1));
  V8C_CHECK(buf);
  s->WriteUtf8(isolate, buf, n, nullptr,
               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  buf[n] = 0;
  if (len) *len = static_cast<size_t>(n);
  return buf;
}

void fill_message_info(v8::Isolate *isolate, v8::Local<v8::Message> message,
                       v8c_message_info *info) {
  std::memset(info, 0, sizeof *info);
  if (message.IsEmpty()) return;
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  info->message = dup_utf8(isolate, message->Get());
  info->resource_name = dup_utf8(isolate, message->GetScriptResourceName());
  if (ctx.IsEmpty()) return;
  v8::Local<v8::String> line;
  if (message->GetSourceLine(ctx).ToLocal(&line)) info->source_line = dup_utf8(isolate, line);
  info->line = message->GetLineNumber(ctx).FromMaybe(0);
  info->start_column = message->GetStartColumn(ctx).FromMaybe(0);
  info->end_column = message->GetEndColumn(ctx).FromMaybe(0);
}

void message_adapter(v8::Local<v8::Message> message, v8::Local<v8::Value> data) {
  v8::Isolate *isolate = message->GetIsolate();
  v8c_isolate *iso = Iso(isolate);
  if (!iso->message_listener) return;
  v8::HandleScope scope(isolate);
  v8c_message_info info;
  fill_message_info(isolate, message, &info);
  v8::Local<v8::Value> ex = data.IsEmpty() ? v8::Undefined(isolate).As<v8::Value>() : data;
  iso->message_listener(iso, V(ex), &info);
  v8c_message_info_free(&info);
}

}  // namespace v8c

using namespace v8c;

bool v8c_exception_pending(v8c_isolate *iso) { return iso->has_pending; }

v8c_value v8c_exception_take(v8c_isolate *iso, v8c_message_info *info) {
  if (info) std::memset(info, 0, sizeof *info);
  if (!iso->has_pending) return nullptr;
  v8::Isolate *isolate = iso->isolate;
  v8::Local<v8::Value> ex = iso->pending.Get(isolate);
  if (info) fill_message_info(isolate, iso->pending_message.Get(isolate), info);
  iso->pending.Reset();
  iso->pending_message.Reset();
  iso->has_pending = false;
  return V(ex);
}

void v8c_message_info_free(v8c_message_info *info) {
  std::free(info->message);
  std::free(info->resource_name);
  std::free(info->source_line);
  std::memset(info, 0, sizeof *info);
}

void v8c_exception_message(v8c_context ctx, v8c_value exception, v8c_message_info *info) {
  v8::Isolate *isolate = C(ctx)->GetIsolate();
  v8::Context::Scope scope(C(ctx));  // Message getters read the current context
  fill_message_info(isolate, v8::Exception::CreateMessage(isolate, L(exception)), info);
}

v8c_value v8c_throw(v8c_context ctx, v8c_value value) {
  v8c_isolate *iso = Iso(C(ctx));
  return throw_made(iso, L(value));
}

using ErrorMaker = v8::Local<v8::Value> (*)(v8::Local<v8::String>);

static v8::Local<v8::Value> make_error(v8c_context ctx, ErrorMaker make, const char *msg) {
  v8::Isolate *isolate = C(ctx)->GetIsolate();
  v8::Local<v8::String> s;
  if (!v8::String::NewFromUtf8(isolate, msg).ToLocal(&s))
    s = v8::String::NewFromUtf8Literal(isolate, "(message too long)");
  return make(s);
}

static v8c_value vthrow(v8c_context ctx, ErrorMaker make, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  char small[256];
  int n = std::vsnprintf(small, sizeof small, fmt, ap);
  char *msg = small;
  if (n >= static_cast<int>(sizeof small)) {
    msg = static_cast<char *>(std::malloc(n + 1));
    V8C_CHECK(msg);
    std::vsnprintf(msg, n + 1, fmt, ap2);
  }
  va_end(ap2);
  v8c_value r = throw_made(Iso(C(ctx)), make_error(ctx, make, msg));
  if (msg != small) std::free(msg);
  return r;
}

#define THROWER(fname, maker)                                \
  v8c_value fname(v8c_context ctx, const char *fmt, ...) {   \
    va_list ap;                                              \
    va_start(ap, fmt);                                       \
    v8c_value r = vthrow(ctx, maker, fmt, ap);               \
    va_end(ap);                                              \
    return r;                                                \
  }
THROWER(v8c_throw_error, v8::Exception::Error)
THROWER(v8c_throw_type_error, v8::Exception::TypeError)
THROWER(v8c_throw_range_error, v8::Exception::RangeError)
THROWER(v8c_throw_syntax_error, v8::Exception::SyntaxError)

v8c_value v8c_error_new(v8c_context ctx, const char *m) {
  return V(make_error(ctx, v8::Exception::Error, m));
}
v8c_value v8c_type_error_new(v8c_context ctx, const char *m) {
  return V(make_error(ctx, v8::Exception::TypeError, m));
}
v8c_value v8c_range_error_new(v8c_context ctx, const char *m) {
  return V(make_error(ctx, v8::Exception::RangeError, m));
}
v8c_value v8c_syntax_error_new(v8c_context ctx, const char *m) {
  return V(make_error(ctx, v8::Exception::SyntaxError, m));
}

void v8c_isolate_set_message_listener(v8c_isolate *iso, v8c_message_listener cb) {
  iso->message_listener = cb;
}
