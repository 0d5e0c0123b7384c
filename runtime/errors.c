/*
 * errors.c — fatal reports of uncaught exceptions and rejections (errors.h).
 *
 * Formatting happens in stdlib-js/errors.js so the error prints exactly as
 * console.error would show it (Node prints util.inspect of the error). If
 * that JavaScript itself fails (a broken realm, a throwing getter), we fall
 * back to ToString, and a failure inside that fallback to a fixed line: a
 * report must always come out.
 */
#include "errors.h"

#include <string.h>

#include "check.h"
#include "output.h"
#include "stdlib_js.h"

static bool dying;

_Noreturn void zr_exit(int code) {
  zr_output_flush();
  fflush(stderr);
  exit(code);
}

static void write_str(int fd, const char *s) {
  zr_output_write(fd, s, strlen(s));
}

static v8c_value location_object(v8c_context ctx, const v8c_message_info *info) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (!info || !info->resource_name || info->line <= 0) return v8c_undefined(iso);
  v8c_value loc = v8c_object_new(ctx);
  v8c_set_named(ctx, loc, "resource", v8c_string(iso, info->resource_name, -1));
  v8c_set_named(ctx, loc, "line", v8c_int32(iso, info->line));
  v8c_set_named(ctx, loc, "sourceLine",
                info->source_line ? v8c_string(iso, info->source_line, -1) : v8c_undefined(iso));
  v8c_set_named(ctx, loc, "startColumn", v8c_int32(iso, info->start_column));
  v8c_set_named(ctx, loc, "endColumn", v8c_int32(iso, info->end_column));
  return loc;
}

/* Calls errors.js's `name(...)`; the result as malloc'ed UTF-8 or NULL. */
static char *call_errors_js(zr_realm *realm, const char *name, int argc, v8c_value *argv) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_isolate *iso = realm->rt->iso;
  char *out = NULL;
  v8c_value errors = zr_stdlib_require(realm, "errors");
  v8c_value fn = errors ? v8c_get_named(ctx, errors, name) : NULL;
  v8c_value result = fn ? v8c_call(ctx, fn, errors, argc, argv) : NULL;
  if (result) out = v8c_to_utf8(ctx, result, NULL);
  if (!out) v8c_exception_take(iso, NULL);
  return out;
}

static const char *phase_name(zr_phase phase) {
  switch (phase) {
    case ZR_PHASE_PARSE: return "parse";
    case ZR_PHASE_RESOLUTION: return "resolution";
    default: return "runtime";
  }
}

_Noreturn void zr_die_with(zr_realm *realm, v8c_value exception, const v8c_message_info *info,
                           zr_phase phase, bool from_rejection) {
  if (dying) zr_exit(1);
  dying = true;
  v8c_isolate *iso = realm->rt->iso;
  v8c_context ctx = zr_realm_context(realm);
  v8c_message_info own = { 0 };
  if (!info && v8c_is_object(exception)) {
    v8c_exception_message(ctx, exception, &own);
    info = &own;
  }
  v8c_value argv[3] = { exception, location_object(ctx, info), v8c_boolean(iso, from_rejection) };
  char *report = call_errors_js(realm, "formatUncaught", 3, argv);
  if (!report) {
    report = v8c_to_utf8(ctx, exception, NULL);
    if (!report) v8c_exception_take(iso, NULL);
  }
  write_str(2, report ? report : "Uncaught exception (unprintable)\n");
  free(report);
  if (realm->rt->options.test_child) {
    char *name = call_errors_js(realm, "errorName", 1, argv);
    char line[512];
    snprintf(line, sizeof line, "zigar-run-test: uncaught %s %s\n", phase_name(phase),
             name ? name : "unknown");
    write_str(2, line);
    free(name);
  }
  v8c_message_info_free(&own);
  zr_exit(1);
}

_Noreturn void zr_die_with_pending(zr_realm *realm, zr_phase phase) {
  v8c_message_info info = { 0 };
  v8c_value exception = v8c_exception_take(realm->rt->iso, &info);
  CHECK(exception != NULL);
  zr_die_with(realm, exception, &info, phase, false);
}
