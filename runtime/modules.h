/*
 * modules.h — ES module loading: resolution, the module map, evaluation of
 * the main module, dynamic import() and import.meta.
 *
 * Specifiers: relative ("./x.js", "../x.mjs"), absolute ("/a/x.js") and
 * file: URLs. Each file is compiled once per realm and keyed by its
 * absolute path; a module's resource name is its file: URL, so stack traces
 * read like Node's ESM ones. A failure names the specifier and the
 * importing file.
 */
#ifndef ZR_MODULES_H
#define ZR_MODULES_H

#include "runtime.h"

void zr_modules_install_hooks(v8c_isolate *iso);

/* Loads, links and evaluates `path` as the main module; dies (exit 1) on
 * any failure, reported with its phase. Pending top-level await is left to
 * the loop. */
void zr_modules_run_main(zr_realm *realm, const char *path);
/* The same for source text (-e), resolved relative to the cwd. */
void zr_modules_run_source(zr_realm *realm, const char *source, const char *pseudo_path);
/* After the loop ended: true if the main module's evaluation promise is
 * still pending (an unsettled top-level await). Prints Node's warning. */
bool zr_modules_main_unsettled(zr_realm *realm);

#endif
