/*
 * zig_build.h — compile a Zig module into a cached shared library.
 *
 * zr_zig_build(file, options) returns the path of a shared library built
 * from `file` plus stdlib-zig's exporter (docs/zig-build.md has the exact
 * `zig build-lib` command). Libraries live in zr_zig_cache_dir(), keyed by
 * the module's sources (the file and every file it @imports/@embedFiles,
 * transitively), the zig version, the options, the target and stdlib-zig's
 * contents. The contract:
 *   - a hit costs a few stat()s and one small index read: no zig process,
 *     no hashing of sources whose size/mtime/inode did not change;
 *   - a miss runs zig once, even across concurrent processes (flock on a
 *     per-key lock file, build into a temp folder, rename into place);
 *   - the cache never holds a half-written library;
 *   - a TTY stderr shows "Building m.zig (Debug)…" while zig runs.
 * Synchronous: the module loader calls it while resolving an import.
 * No V8 here; errors come back as text for the caller to throw.
 *
 * Environment: ZIG (the compiler; else PATH, else ZR_BUILD_ZIG_PATH),
 * ZIGAR_CACHE_DIR (else $XDG_CACHE_HOME/zigar-run, else ~/.cache/zigar-run),
 * ZIGAR_STDLIB_ZIG_DIR (tests and stdlib-zig development: use this folder's
 * files instead of the copy embedded in the binary).
 */
#ifndef ZR_ZIG_BUILD_H
#define ZR_ZIG_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "zig_options.h"

#define ZR_ZIG_REQUIRED_VERSION "0.15.2"

typedef struct zr_zig_build_result {
  char *library_path;  /* on success: absolute path of the cached library */
  char *error;         /* on failure: one line, or zig's diagnostics when compile_error */
  bool compile_error;  /* zig ran and rejected the module (error holds file:line:col text) */
} zr_zig_build_result;

/* `zig_file` is an absolute path. Returns true and sets out->library_path,
 * or false and sets out->error. Free the result with zr_zig_build_result_free. */
bool zr_zig_build(const char *zig_file, const zr_zig_options *options, zr_zig_build_result *out);
void zr_zig_build_result_free(zr_zig_build_result *r);

/* The cache folder (computed once per process; not created by this call). */
const char *zr_zig_cache_dir(void);

/* stdlib-zig as embedded by tools/embed_files.py (generated stdlib_zig.c).
 * Names are paths relative to stdlib-zig/ ("zigar.zig", "sub/x.zig"). */
typedef struct zr_zig_embedded_file {
  const char *name;
  const unsigned char *data;
  size_t length;
} zr_zig_embedded_file;

extern const zr_zig_embedded_file zr_zig_stdlib_files[];  /* ends with {NULL, NULL, 0} */
extern const char zr_zig_stdlib_hash[];                   /* hex digest of all of it */

#endif
