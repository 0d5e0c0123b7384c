/*
 * stdlib_js.h — stdlib-js sources embedded by tools/js2c.py, and `require`.
 *
 * zr_stdlib_require(realm, "inspect") runs stdlib-js/inspect.js once per
 * realm as the body of `function (exports, require, natives)` and returns
 * its exports (docs/stdlib-js.md).
 */
#ifndef ZR_STDLIB_JS_H
#define ZR_STDLIB_JS_H

#include <stddef.h>

typedef struct zr_stdlib_source {
  const char *name;      /* file stem */
  const char *source;    /* UTF-8, NUL-terminated */
  size_t length;         /* bytes, without the NUL */
} zr_stdlib_source;

extern const zr_stdlib_source zr_stdlib_sources[];

#ifndef ZR_STDLIB_JS_SOURCES_ONLY
#include "runtime.h"
/* NULL with an exception pending if the file is unknown or threw. */
v8c_value zr_stdlib_require(zr_realm *realm, const char *name);
#endif

#endif
