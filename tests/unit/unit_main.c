/* unit_main.c — runs every registered test in a fresh isolate and context,
 * prints one line per failure and ends with "N passed, N failed". V8 flags
 * are process-wide and must precede platform init, so they are set once. */
#include <stdlib.h>

#include "unit.h"

typedef struct {
  const char *name, *file;
  unit_fn fn;
} unit_test;

static unit_test tests[512];
static int test_count;
unit_fixture T;
static const char *current;

void unit_register(const char *name, const char *file, unit_fn fn) {
  if (test_count == (int)(sizeof tests / sizeof tests[0])) abort();
  tests[test_count++] = (unit_test){name, file, fn};
}

void unit_fail(const char *file, int line, const char *what) {
  if (!T.failed) printf("FAIL %s (%s:%d): %s\n", current, file, line, what);
  T.failed = 1;
}

v8c_value str(const char *s) { return v8c_string(T.iso, s, -1); }

v8c_value js(const char *source) { return v8c_script_run(T.ctx, str(source), "test.js"); }

static char buf[4096];

static const char *copy_out(v8c_value v) {
  char *s = v8c_to_utf8(T.ctx, v, NULL);
  if (!s) {
    v8c_exception_take(T.iso, NULL);
    return "<unprintable>";
  }
  snprintf(buf, sizeof buf, "%s", s);
  free(s);
  return buf;
}

const char *take_exception(void) {
  v8c_value ex = v8c_exception_take(T.iso, NULL);
  if (!ex) return "<no exception>";
  return copy_out(ex);
}

const char *js_str(const char *source) {
  v8c_value v = js(source);
  if (!v) {
    static char ebuf[4200];
    snprintf(ebuf, sizeof ebuf, "<exception: %s>", take_exception());
    return ebuf;
  }
  return copy_out(v);
}

void set_global(const char *name, v8c_value v) {
  v8c_set_named(T.ctx, v8c_context_global(T.ctx), name, v);
}

int main(int argc, char **argv) {
  v8c_set_flags("--expose-gc --allow-natives-syntax --turbo-fast-api-calls");
  v8c_platform_init(0);
  const char *abort_case = getenv("V8C_UNIT_ABORT_CASE");
  if (abort_case) {
    /* A child run by test_debug_checks.c: expected to abort. */
    T.iso = v8c_isolate_new(NULL);
    v8c_handle_scope scope;
    v8c_handle_scope_open(T.iso, &scope);
    T.ctx = v8c_context_new(T.iso);
    v8c_context_enter(T.ctx);
    unit_abort_case(abort_case);
    return 0;
  }
  int passed = 0, failed = 0;
  for (int i = 0; i < test_count; i++) {
    if (argc > 1 && !strstr(tests[i].name, argv[1])) continue;
    current = tests[i].name;
    memset(&T, 0, sizeof T);
    T.iso = v8c_isolate_new(NULL);
    v8c_handle_scope scope;
    v8c_handle_scope_open(T.iso, &scope);
    T.ctx = v8c_context_new(T.iso);
    v8c_context_enter(T.ctx);
    tests[i].fn();
    if (!T.failed && v8c_exception_pending(T.iso))
      unit_fail(tests[i].file, 0, "exception left pending at test end");
    v8c_exception_take(T.iso, NULL);
    v8c_context_exit(T.ctx);
    v8c_handle_scope_close(&scope);
    v8c_isolate_dispose(T.iso);
    if (T.failed) failed++; else passed++;
  }
  v8c_platform_dispose();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
