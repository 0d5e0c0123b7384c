/*
 * process.c — natives behind the `process` object (stdlib-js/process.js).
 *
 * Values (set once per realm by zr_process_values): version, versions,
 * platform, arch, pid, execPath, argv, execArgv, env (a snapshot object;
 * process.js writes changes back through setenv/unsetenv so child
 * processes and Zig code see them).
 * Functions: exit(code), memoryUsage(), cwd(), setenv(k, v), unsetenv(k),
 * exitCodeAtEnd() is read by main.c from process.exitCode instead.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "errors.h"
#include "natives.h"

extern char **environ;

static bool set_string(v8c_context ctx, v8c_value obj, const char *key, const char *value) {
  v8c_value s = v8c_string(v8c_context_isolate(ctx), value, -1);
  return s && v8c_set_named(ctx, obj, key, s);
}

static v8c_value string_array(v8c_context ctx, int count, char *const *items) {
  v8c_value array = v8c_array_new(ctx, 0);
  for (int i = 0; i < count; i++) {
    v8c_value s = v8c_string(v8c_context_isolate(ctx), items[i], -1);
    if (!s || !v8c_set_index(ctx, array, (uint32_t)i, s)) return NULL;
  }
  return array;
}

static v8c_value env_snapshot(v8c_context ctx) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  v8c_value env = v8c_object_new(ctx);
  for (char **e = environ; *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    v8c_value key = v8c_string(iso, *e, eq - *e);
    v8c_value value = v8c_string(iso, eq + 1, -1);
    if (!key || !value || !v8c_set(ctx, env, key, value)) return NULL;
  }
  return env;
}

bool zr_process_values(v8c_context ctx, v8c_value natives) {
  zr_runtime *rt = zr_runtime_get();
  v8c_isolate *iso = v8c_context_isolate(ctx);
  const zr_options *o = &rt->options;

  /* argv: [execPath, script, ...args] like Node; with -e: [execPath, ...args]. */
  int n = 0;
  char **argv = zr_xcalloc((size_t)o->script_argc + 2, sizeof *argv);
  argv[n++] = (char *)rt->exec_path;
  char script_abs[PATH_MAX];
  if (o->script) {
    if (!realpath(o->script, script_abs)) snprintf(script_abs, sizeof script_abs, "%s", o->script);
    argv[n++] = script_abs;
  }
  for (int i = 0; i < o->script_argc; i++) argv[n++] = o->script_argv[i];
  v8c_value argv_array = string_array(ctx, n, argv);
  free(argv);

  v8c_value versions = v8c_object_new(ctx);
  char uv[32];
  snprintf(uv, sizeof uv, "%s", uv_version_string());
  bool ok = argv_array && v8c_set_named(ctx, natives, "argv", argv_array) &&
            set_string(ctx, versions, "zigar-run", ZR_VERSION) &&
            set_string(ctx, versions, "v8", v8c_version()) &&
            set_string(ctx, versions, "uv", uv) &&
            v8c_set_named(ctx, natives, "versions", versions) &&
            set_string(ctx, natives, "version", ZR_VERSION) &&
            set_string(ctx, natives, "platform", "linux") &&
#if defined(__x86_64__)
            set_string(ctx, natives, "arch", "x64") &&
#elif defined(__aarch64__)
            set_string(ctx, natives, "arch", "arm64") &&
#else
            set_string(ctx, natives, "arch", "unknown") &&
#endif
            v8c_set_named(ctx, natives, "pid", v8c_int32(iso, (int32_t)getpid())) &&
            v8c_set_named(ctx, natives, "ppid", v8c_int32(iso, (int32_t)getppid())) &&
            set_string(ctx, natives, "execPath", rt->exec_path);
  if (!ok) return false;
  v8c_value env = env_snapshot(ctx);
  return env && v8c_set_named(ctx, natives, "env", env);
}

static v8c_value native_exit(v8c_callinfo *info) {
  int32_t code = 0;
  if (!v8c_to_int32(v8c_callinfo_context(info), v8c_callinfo_arg(info, 0), &code)) return NULL;
  zr_exit(code & 0xff);
}

static v8c_value native_memory_usage(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8c_heap_stats stats;
  v8c_heap_statistics(iso, &stats);
  v8c_value items[5] = {
    v8c_number(iso, (double)rss),
    v8c_number(iso, (double)stats.total_heap_size),
    v8c_number(iso, (double)stats.used_heap_size),
    v8c_number(iso, (double)stats.external_memory),
    v8c_number(iso, (double)stats.external_memory),
  };
  return v8c_array_from(ctx, 5, items);
}

/* getrusage(RUSAGE_SELF) as Node's process.resourceUsage() fields. */
static v8c_value native_resource_usage(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return v8c_throw_error(ctx, "getrusage failed");
  v8c_value o = v8c_object_new(ctx);
  struct { const char *name; double value; } fields[] = {
    { "userCPUTime", (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec },
    { "systemCPUTime", (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec },
    { "maxRSS", (double)ru.ru_maxrss },
    { "minorPageFault", (double)ru.ru_minflt },
    { "majorPageFault", (double)ru.ru_majflt },
    { "voluntaryContextSwitches", (double)ru.ru_nvcsw },
    { "involuntaryContextSwitches", (double)ru.ru_nivcsw },
  };
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (!v8c_set_named(ctx, o, fields[i].name, v8c_number(iso, fields[i].value))) return NULL;
  return o;
}

static v8c_value native_cwd(v8c_callinfo *info) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return v8c_throw_error(v8c_callinfo_context(info), "cwd: %s", strerror(errno));
  return v8c_string(v8c_callinfo_isolate(info), buf, -1);
}

static v8c_value native_setenv(v8c_callinfo *info) {
  char *key = zr_arg_utf8(info, 0, NULL);
  if (!key) return NULL;
  char *value = zr_arg_utf8(info, 1, NULL);
  if (!value) {
    free(key);
    return NULL;
  }
  setenv(key, value, 1);
  free(key);
  free(value);
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_unsetenv(v8c_callinfo *info) {
  char *key = zr_arg_utf8(info, 0, NULL);
  if (!key) return NULL;
  unsetenv(key);
  free(key);
  return v8c_undefined(v8c_callinfo_isolate(info));
}

static v8c_value native_gc(v8c_callinfo *info) {
  v8c_gc(v8c_callinfo_isolate(info));
  return v8c_undefined(v8c_callinfo_isolate(info));
}

const zr_native zr_process_natives[] = {
  { "exit", native_exit, 1 },
  { "memoryUsage", native_memory_usage, 0 },
  { "cwd", native_cwd, 0 },
  { "resourceUsage", native_resource_usage, 0 },
  { "setenv", native_setenv, 2 },
  { "unsetenv", native_unsetenv, 1 },
  { "gc", native_gc, 0 },
  { NULL, NULL, 0 },
};
