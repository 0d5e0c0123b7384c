/*
 * zig_options.h — the build options of one Zig module import.
 *
 * Options come from two places (docs/zig-build.md, SPEC.md §A1):
 *   1. the nearest `zigar.config.json` or `node-zigar.config.json`, found by
 *      walking up from the .zig file's folder, supplies defaults;
 *   2. the import's query string (`./m.zig?optimize=ReleaseFast&useLibc=1`)
 *      overrides them.
 * Keys may be camelCase, snake_case or kebab-case (`useLibc`, `use_libc`,
 * `use-libc`). Booleans are 0/1/true/false. Anything unknown or malformed is
 * an error whose message names the option and the value.
 *
 * No V8 here: the module loader turns a returned message into a JS error.
 */
#ifndef ZR_ZIG_OPTIONS_H
#define ZR_ZIG_OPTIONS_H

#include <stdbool.h>

typedef struct zr_zig_options {
  char optimize[16];   /* "Debug" (default), "ReleaseSafe", "ReleaseFast", "ReleaseSmall" */
  bool use_libc;       /* default false; libc is linked regardless on Linux (recorded in the key) */
  bool multithreaded;  /* default true; false builds with -fsingle-threaded */
  bool omit_functions; /* default false; passed to the exporter (zigar_options module) */
  bool omit_variables; /* default false; likewise */
} zr_zig_options;

/* The defaults above, without looking at any file. */
void zr_zig_options_default(zr_zig_options *out);

/*
 * Fills `out` for `zig_file` (an absolute path) and `query` (the text after
 * '?', URL-encoded, may be NULL or empty). On failure returns false and sets
 * `*error` to a malloc'ed one-line message (the caller frees it).
 */
bool zr_zig_options_resolve(const char *zig_file, const char *query, zr_zig_options *out,
                            char **error);

#endif
