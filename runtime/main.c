/*
 * main.c — zigar-run's entry point: parse the command line, set up V8 and
 * the loop, run the script (or the test runner), exit with its status.
 *
 * Exit statuses, as in Node: 0, or process.exitCode; 1 for an uncaught
 * error; 2 for a usage error; 13 for an unsettled top-level await.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli.h"
#include "crash.h"
#include "errors.h"
#include "host.h"
#include "loop.h"
#include "modules.h"
#include "output.h"
#include "stdlib_js.h"
#include "test_runner.h"
#include "zig_loader.h"
#include "zig_memory.h"

static zr_runtime the_runtime;

zr_runtime *zr_runtime_get(void) {
  return &the_runtime;
}

static const char *find_exec_path(const char *argv0) {
  static char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n > 0) {
    path[n] = '\0';
    return path;
  }
  return argv0;
}

/* V8 reports here what nobody caught and V8 did not hand to us as a pending
 * exception (thrown inside a microtask it ran itself). Fatal, like Node. */
static void on_v8_message(v8c_isolate *iso, v8c_value exception, const v8c_message_info *info) {
  (void)iso;
  zr_die_with(the_runtime.main_realm, exception, info, ZR_PHASE_RUNTIME, false);
}

static void start_v8(zr_runtime *rt) {
  char flags[4096];
  /* --no-concurrent-array-buffer-sweeping: V8 then frees dead ArrayBuffers'
   * memory on this thread, where it was allocated, instead of on a GC
   * thread; glibc's malloc is much faster without those cross-thread frees,
   * and a small ArrayBuffer (every Zig data object has one) costs half as
   * much to make: 660 -> 350 ns (docs/v8-facts.md). */
  snprintf(flags, sizeof flags, "--turbo-fast-api-calls --no-concurrent-array-buffer-sweeping%s %s",
           rt->options.expose_gc ? " --expose-gc" : "",
           rt->options.v8_flags ? rt->options.v8_flags : "");
  v8c_set_flags(flags);
  v8c_platform_init(0);
  rt->iso = v8c_isolate_new(NULL);
  CHECK(rt->iso != NULL);
  v8c_isolate_set_data(rt->iso, rt);
  zr_modules_install_hooks(rt->iso);
  v8c_isolate_set_promise_reject_callback(rt->iso, zr_loop_on_promise_reject);
  v8c_isolate_set_message_listener(rt->iso, on_v8_message);
}

/* The status the process ends with once the loop is empty. */
static int finish(zr_realm *realm) {
  v8c_context ctx = zr_realm_context(realm);
  if (zr_modules_main_unsettled(realm)) {
    const char *msg = "Warning: Detected unsettled top-level await\n";
    zr_output_write(2, msg, strlen(msg));
    return 13;
  }
  v8c_value process = zr_stdlib_require(realm, "process");
  v8c_value fn = process ? v8c_get_named(ctx, process, "finish") : NULL;
  v8c_value code = fn ? v8c_call(ctx, fn, process, 0, NULL) : NULL;
  if (!code) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  zr_loop_after_macrotask(realm);
  int32_t status = 0;
  v8c_to_int32(ctx, code, &status);
  return status;
}

static int run(zr_runtime *rt) {
  start_v8(rt);
  zr_loop_init(rt);
  zr_zig_memory_init(rt);
  v8c_handle_scope scope;
  v8c_handle_scope_open(rt->iso, &scope);
  zr_realm *realm = zr_realm_new(rt);
  if (!realm) {
    v8c_message_info info = { 0 };
    v8c_value exception = v8c_exception_take(rt->iso, &info);
    fprintf(stderr, "zigar-run: internal error: bootstrap failed: %s (%s:%d)\n",
            info.message ? info.message : "?", info.resource_name ? info.resource_name : "?", info.line);
    (void)exception;
    return 70;
  }
  rt->main_realm = realm;
  v8c_context ctx = zr_realm_context(realm);
  v8c_context_enter(ctx);
  if (rt->options.test_child) {
    zr_host_run_test_child(realm);
  } else if (rt->options.eval_source) {
    char cwd[PATH_MAX];
    char pseudo[PATH_MAX + 16];
    snprintf(pseudo, sizeof pseudo, "%s/[eval1]", getcwd(cwd, sizeof cwd) ? cwd : "");
    zr_modules_run_source(realm, rt->options.eval_source, pseudo);
  } else {
    zr_modules_run_main(realm, rt->options.script);
  }
  zr_loop_run(rt);
  int status = finish(realm);
  v8c_context_exit(ctx);
  v8c_handle_scope_close(&scope);
  return status;
}

int main(int argc, char **argv) {
  zr_output_init();
  zr_crash_install();
  zr_runtime *rt = &the_runtime;
  rt->argc = argc;
  rt->argv = argv;
  rt->exec_path = find_exec_path(argv[0]);
  char error[1024];
  switch (zr_cli_parse(argc, argv, &rt->options, error, sizeof error)) {
    case ZR_CLI_HELP:
      zr_cli_print_help();
      return 0;
    case ZR_CLI_VERSION:
      printf("v%s\n", ZR_VERSION);
      return 0;
    case ZR_CLI_USAGE_ERROR:
      fprintf(stderr, "%s\n", error);
      return 2;
    case ZR_CLI_TEST:
      return zr_test_runner_main(rt->exec_path, argc - 2, argv + 2);
    case ZR_CLI_DUMP_MODULE:
      return zr_zig_dump_module(rt->options.script);
    case ZR_CLI_RUN:
      break;
  }
  zr_exit(run(rt));
}
