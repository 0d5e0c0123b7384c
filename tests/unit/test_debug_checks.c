/* test_debug_checks.c — the debug-build invariant at every native callback's
 * exit: NULL without a pending exception (and a value with one) aborts.
 * V8 does not survive fork(), so the bad callback runs in a re-executed
 * copy of this binary (unit_main.c calls unit_abort_case for it). */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "unit.h"

static v8c_value null_without_exception(v8c_callinfo *info) { return NULL; }
static v8c_value value_with_exception(v8c_callinfo *info) {
  v8c_throw_error(v8c_callinfo_context(info), "pending");
  return v8c_undefined(v8c_callinfo_isolate(info));
}

void unit_abort_case(const char *which) {
  v8c_callback cb = strcmp(which, "null") == 0 ? null_without_exception : value_with_exception;
  set_global("bad", v8c_function_new(T.ctx, "bad", 0, cb, NULL));
  js("bad()");
}

static int run_in_child(const char *which) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    /* exec right away: only async-signal-safe work after fork. */
    setenv("V8C_UNIT_ABORT_CASE", which, 1);
    int fd = open("/dev/null", O_WRONLY);
    if (fd >= 0) dup2(fd, 2);
    execl("/proc/self/exe", "unit_tests", (char *)NULL);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST(debug_callback_invariant_aborts) {
#ifdef V8C_DEBUG
  int status = run_in_child("null");
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
  status = run_in_child("value");
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
#endif
}

static void throwing_meta(v8c_context ctx, v8c_module module, v8c_value meta) {
  v8c_throw_error(ctx, "meta failed");
}

TEST(modules_import_meta_hook_exception_surfaces) {
  v8c_isolate_set_module_hooks(T.iso, NULL, NULL, throwing_meta);
  v8c_module m = v8c_module_compile(T.ctx, str("globalThis.r = 'none'; try { import.meta } catch (e) { r = e.message }"), "meta.mjs");
  CHECK(m && v8c_module_instantiate(T.ctx, m));
  CHECK(v8c_module_evaluate(T.ctx, m));
  v8c_microtasks_run(T.iso);
  CHECK(!v8c_exception_pending(T.iso));
  CHECK_STR(js_str("r"), "meta failed");
}
