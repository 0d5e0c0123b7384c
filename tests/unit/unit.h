/* unit.h — a tiny C test framework for the shim's unit tests.
 * TEST(name) defines a test that registers itself (constructor attribute);
 * CHECK fails the current test and returns from it. Every test runs with a
 * fresh isolate, an open handle scope and an entered context in `T`. */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

#include "v8c.h"

typedef void (*unit_fn)(void);
void unit_register(const char *name, const char *file, unit_fn fn);
void unit_fail(const char *file, int line, const char *what);

/* The per-test fixture. */
typedef struct {
  v8c_isolate *iso;
  v8c_context ctx;
  int failed;
} unit_fixture;
extern unit_fixture T;

#define TEST(name)                                                            \
  static void name(void);                                                     \
  __attribute__((constructor)) static void unit_reg_##name(void) {            \
    unit_register(#name, __FILE__, name);                                     \
  }                                                                           \
  static void name(void)

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond)) {                                                            \
      unit_fail(__FILE__, __LINE__, #cond);                                   \
      return;                                                                 \
    }                                                                         \
  } while (0)

#define CHECK_STR(a, b)                                                       \
  do {                                                                        \
    const char *unit_a_ = (a), *unit_b_ = (b);                                \
    if (!unit_a_ || !unit_b_ || strcmp(unit_a_, unit_b_) != 0) {              \
      char unit_buf_[512];                                                    \
      snprintf(unit_buf_, sizeof unit_buf_, "%s == %s (\"%s\" vs \"%s\")", #a, #b, \
               unit_a_ ? unit_a_ : "(null)", unit_b_ ? unit_b_ : "(null)");   \
      unit_fail(__FILE__, __LINE__, unit_buf_);                               \
      return;                                                                 \
    }                                                                         \
  } while (0)

/* Helpers shared by the tests (unit_main.c). */
/* Runs a classic script; NULL if it threw (the exception stays pending). */
v8c_value js(const char *source);
/* Runs a script and returns its result as a malloc-free static UTF-8 copy
 * (overwritten by the next call); "<exception: msg>" when it threw. */
const char *js_str(const char *source);
/* Takes the pending exception and returns its ToString (static buffer). */
const char *take_exception(void);
/* Sets global `name` to `v`. */
void set_global(const char *name, v8c_value v);
v8c_value str(const char *s);
/* Runs a callback that breaks the debug invariant (test_debug_checks.c). */
void unit_abort_case(const char *which);

#endif
