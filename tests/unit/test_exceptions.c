/* test_exceptions.c — the pending-exception convention: message info,
 * throwing from callbacks, JS exceptions crossing native frames, listener. */
#include <stdlib.h>

#include "unit.h"

TEST(exceptions_syntax_error_info) {
  v8c_value r = v8c_script_run(T.ctx, str("var a = 1;\nvar b = (2 + );\n"), "file:///x/bad.js");
  CHECK(r == NULL);
  CHECK(v8c_exception_pending(T.iso));
  v8c_message_info info;
  v8c_value ex = v8c_exception_take(T.iso, &info);
  CHECK(ex && v8c_is_native_error(ex));
  CHECK(!v8c_exception_pending(T.iso));
  CHECK(info.message && strstr(info.message, "SyntaxError: Unexpected token ')'"));
  CHECK_STR(info.resource_name, "file:///x/bad.js");
  CHECK_STR(info.source_line, "var b = (2 + );");
  CHECK(info.line == 2);
  CHECK(info.start_column == 13);
  CHECK(info.end_column == 14);
  v8c_message_info_free(&info);
  CHECK(info.message == NULL);
}

TEST(exceptions_runtime_error_info) {
  CHECK(v8c_script_run(T.ctx, str("\n\n  undefinedFn();"), "rt.js") == NULL);
  v8c_message_info info;
  v8c_exception_take(T.iso, &info);
  CHECK(info.line == 3);
  CHECK(strstr(info.message, "ReferenceError: undefinedFn is not defined"));
  CHECK(info.start_column == 2);
  v8c_message_info_free(&info);
}

TEST(exceptions_take_when_none) {
  v8c_message_info info;
  CHECK(v8c_exception_take(T.iso, &info) == NULL);
  CHECK(info.message == NULL && info.line == 0);
}

TEST(exceptions_throwers) {
  CHECK(v8c_throw_range_error(T.ctx, "bad %d", 42) == NULL);
  CHECK_STR(take_exception(), "RangeError: bad 42");
  CHECK(v8c_throw_type_error(T.ctx, "t") == NULL);
  CHECK_STR(take_exception(), "TypeError: t");
  CHECK(v8c_throw_syntax_error(T.ctx, "s") == NULL);
  CHECK_STR(take_exception(), "SyntaxError: s");
  char longmsg[1000];
  memset(longmsg, 'z', sizeof longmsg - 1);
  longmsg[sizeof longmsg - 1] = 0;
  CHECK(v8c_throw_error(T.ctx, "%s!", longmsg) == NULL);
  CHECK(strlen(take_exception()) == strlen("Error: ") + 999 + 1);
  CHECK(v8c_throw(T.ctx, v8c_int32(T.iso, 5)) == NULL);
  v8c_value ex = v8c_exception_take(T.iso, NULL);
  CHECK(ex && v8c_number_value(ex) == 5);
  v8c_value e = v8c_type_error_new(T.ctx, "made");
  CHECK(v8c_is_native_error(e) && !v8c_exception_pending(T.iso));
  CHECK(v8c_is_native_error(v8c_error_new(T.ctx, "a")));
  CHECK(v8c_is_native_error(v8c_range_error_new(T.ctx, "a")));
  CHECK(v8c_is_native_error(v8c_syntax_error_new(T.ctx, "a")));
}

static v8c_value thrower_cb(v8c_callinfo *info) {
  return v8c_throw_type_error(v8c_callinfo_context(info), "from C");
}

TEST(exceptions_callback_throw_caught_in_js) {
  set_global("boom", v8c_function_new(T.ctx, "boom", 0, thrower_cb, NULL));
  CHECK_STR(js_str("try { boom(); 'no' } catch (e) { e instanceof TypeError && e.message }"),
            "from C");
  CHECK(!v8c_exception_pending(T.iso));
  /* Uncaught: surfaces as the script's pending exception. */
  CHECK(js("boom()") == NULL);
  CHECK_STR(take_exception(), "TypeError: from C");
}

static v8c_value call_arg_cb(v8c_callinfo *info) {
  v8c_value r = v8c_call(v8c_callinfo_context(info), v8c_callinfo_arg(info, 0), NULL, 0, NULL);
  if (!r) return NULL; /* propagate */
  return r;
}

TEST(exceptions_js_error_through_native_frame) {
  set_global("callIt", v8c_function_new(T.ctx, "callIt", 1, call_arg_cb, NULL));
  CHECK_STR(js_str("var err = new Error('inner');"
                   "try { callIt(() => { throw err }); 'no' } catch (e) { e === err }"),
            "true");
  CHECK_STR(js_str("try { callIt(() => callIt(() => { throw 7 })) } catch (e) { e * 6 }"), "42");
  CHECK(!v8c_exception_pending(T.iso));
}

static v8c_value catch_cb(v8c_callinfo *info) {
  /* Takes the exception and handles it in C. */
  v8c_context ctx = v8c_callinfo_context(info);
  if (v8c_call(ctx, v8c_callinfo_arg(info, 0), NULL, 0, NULL)) return str("no throw");
  v8c_value ex = v8c_exception_take(v8c_callinfo_isolate(info), NULL);
  return v8c_get_named(ctx, ex, "message");
}

TEST(exceptions_taken_inside_callback) {
  set_global("catcher", v8c_function_new(T.ctx, "catcher", 1, catch_cb, NULL));
  CHECK_STR(js_str("catcher(() => { throw new Error('handled') })"), "handled");
}

static int listener_calls;
static char listener_msg[256];
static void listener(v8c_isolate *iso, v8c_value exception, const v8c_message_info *info) {
  listener_calls++;
  snprintf(listener_msg, sizeof listener_msg, "%s", info->message ? info->message : "");
}

TEST(exceptions_message_listener_for_microtask_errors) {
  listener_calls = 0;
  v8c_isolate_set_message_listener(T.iso, listener);
  CHECK(v8c_microtask_enqueue(T.ctx, js("() => { throw new Error('in microtask') }")));
  CHECK(listener_calls == 0);
  v8c_microtasks_run(T.iso);
  CHECK(listener_calls == 1);
  CHECK(strstr(listener_msg, "in microtask"));
  CHECK(!v8c_exception_pending(T.iso));
}

TEST(exceptions_stack_has_resource_name) {
  CHECK_STR(js_str("function f() { return new Error('x').stack } f().split('\\n')[1].trim()"),
            "at f (test.js:1:23)");
}

TEST(exceptions_message_of_rejection_reason) {
  v8c_value err = js("function make() {\n  return new Error('later')\n}\nmake()");
  CHECK(err);
  v8c_message_info info;
  v8c_exception_message(T.ctx, err, &info);
  CHECK(!v8c_exception_pending(T.iso));
  CHECK(info.message && strstr(info.message, "Error: later"));
  CHECK_STR(info.resource_name, "test.js");
  CHECK(info.line == 2);
  CHECK_STR(info.source_line, "  return new Error('later')");
  v8c_message_info_free(&info);
}

TEST(scripts_compile_then_run) {
  v8c_script s = v8c_script_compile(T.ctx, str("globalThis.n = (globalThis.n || 0) + 1"), "twice.js");
  CHECK(s);
  CHECK(v8c_number_value(v8c_script_run_compiled(T.ctx, s)) == 1);
  CHECK(v8c_number_value(v8c_script_run_compiled(T.ctx, s)) == 2);
  CHECK(v8c_script_compile(T.ctx, str("let = ;"), "bad.js") == NULL);
  CHECK(strstr(take_exception(), "SyntaxError"));
  s = v8c_script_compile(T.ctx, str("throw new Error('at run')"), "run.js");
  CHECK(s);
  CHECK(v8c_script_run_compiled(T.ctx, s) == NULL);
  CHECK_STR(take_exception(), "Error: at run");
}
