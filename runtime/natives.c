/*
 * natives.c — builds the `natives` object and holds the natives that serve
 * console/inspect and the microtask queue.
 *
 * The inspect helpers expose V8 internals JavaScript cannot see (a promise's
 * state, a proxy's target, a Map iterator's entries): the same facts Node's
 * util.inspect reads through its internal bindings.
 */
#include "natives.h"

#include <string.h>

#include <unistd.h>

#include "check.h"
#include "errors.h"
#include "output.h"
#include "zig_closures.h"
#include "zig_loader.h"
#include "zig_memory.h"

static const zr_native *const all_tables[] = {
  zr_core_natives, zr_timer_natives, zr_process_natives, zr_host_natives,
  zr_zig_natives, zr_zig_fast_natives, zr_zig_memory_natives, zr_zig_closure_natives, NULL,
};

v8c_value zr_natives_new(v8c_context ctx) {
  v8c_value natives = v8c_object_new_null_proto(ctx);
  if (!zr_process_values(ctx, natives)) return NULL;
  for (const zr_native *const *table = all_tables; *table; table++) {
    for (const zr_native *n = *table; n->name; n++) {
      v8c_value fn = v8c_function_new(ctx, n->name, n->length, n->callback, NULL);
      if (!fn || !v8c_set_named(ctx, natives, n->name, fn)) return NULL;
    }
  }
  return natives;
}

char *zr_arg_utf8(v8c_callinfo *info, int i, size_t *len) {
  return v8c_to_utf8(v8c_callinfo_context(info), v8c_callinfo_arg(info, i), len);
}

/* write(fd, string): console output. Strings are written as UTF-8 straight
 * from V8 into a stack buffer when small, saving a malloc per console.log. */
static v8c_value native_write(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  int32_t fd;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 0), &fd)) return NULL;
  if (fd != 1 && fd != 2) return v8c_throw_range_error(ctx, "write: fd must be 1 or 2, received %d", fd);
  v8c_value s = v8c_callinfo_arg(info, 1);
  if (!v8c_is_string(s)) return v8c_throw_type_error(ctx, "write: expected a string");
  size_t need = v8c_string_utf8_length(iso, s);
  char stack_buf[4096];
  char *buf = need <= sizeof stack_buf ? stack_buf : zr_xmalloc(need);
  size_t n = v8c_string_write_utf8(iso, s, buf, need);
  zr_output_write(fd, buf, n);
  if (buf != stack_buf) free(buf);
  return v8c_undefined(iso);
}

static v8c_value native_promise_state(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value p = v8c_callinfo_arg(info, 0);
  if (!v8c_is_promise(p)) return v8c_throw_type_error(ctx, "promiseState: not a promise");
  v8c_value items[2] = { v8c_int32(iso, (int32_t)v8c_promise_state_of(p)), v8c_promise_result(p) };
  return v8c_array_from(ctx, 2, items);
}

static v8c_value native_proxy_details(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value p = v8c_callinfo_arg(info, 0);
  if (!v8c_is_proxy(p)) return v8c_undefined(iso);
  v8c_value items[2] = { v8c_proxy_target(p), v8c_proxy_handler(p) };
  return v8c_array_from(ctx, 2, items);
}

static v8c_value native_preview_entries(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  bool is_key_value = false;
  v8c_value entries = v8c_preview_entries(ctx, v8c_callinfo_arg(info, 0), &is_key_value);
  if (!entries) return NULL;
  v8c_value items[2] = { entries, v8c_boolean(iso, is_key_value) };
  return v8c_array_from(ctx, 2, items);
}

static v8c_value native_constructor_name(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value o = v8c_callinfo_arg(info, 0);
  if (!v8c_is_object(o)) return v8c_throw_type_error(ctx, "constructorName: not an object");
  return v8c_constructor_name(ctx, o);
}

static v8c_value native_run_microtasks(v8c_callinfo *info) {
  v8c_microtasks_run(v8c_callinfo_isolate(info));
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_enqueue_microtask(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value fn = v8c_callinfo_arg(info, 0);
  if (!v8c_is_function(fn)) return v8c_throw_type_error(ctx, "enqueueMicrotask: not a function");
  if (!v8c_microtask_enqueue(ctx, fn)) return NULL;
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_isatty(v8c_callinfo *info) {
  int32_t fd;
  if (!v8c_to_int32(v8c_callinfo_context(info), v8c_callinfo_arg(info, 0), &fd)) return NULL;
  return v8c_boolean(v8c_callinfo_isolate(info), isatty(fd) == 1);
}

/* reportUncaught(error): for errors caught by stdlib-js on the loop's behalf
 * (a queueMicrotask callback): fatal, reported like any uncaught error. */
static v8c_value native_report_uncaught(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  zr_die_with(zr_realm_of(ctx), v8c_callinfo_arg(info, 0), NULL, ZR_PHASE_RUNTIME, false);
}

const zr_native zr_core_natives[] = {
  { "write", native_write, 2 },
  { "promiseState", native_promise_state, 1 },
  { "proxyDetails", native_proxy_details, 1 },
  { "previewEntries", native_preview_entries, 1 },
  { "constructorName", native_constructor_name, 1 },
  { "runMicrotasks", native_run_microtasks, 0 },
  { "enqueueMicrotask", native_enqueue_microtask, 1 },
  { "isatty", native_isatty, 1 },
  { "reportUncaught", native_report_uncaught, 1 },
  { NULL, NULL, 0 },
};
