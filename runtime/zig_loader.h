/*
 * zig_loader.h — a .zig import: build (zig_build.c), dlopen, the metadata
 * table (zig_abi.h) turned into JS metadata, and the ES module stdlib-js/zig.js
 * makes of it. Also the natives stdlib-js calls Zig through
 * (docs/bridge.md).
 */
#ifndef ZR_ZIG_LOADER_H
#define ZR_ZIG_LOADER_H

#include "natives.h"
#include "runtime.h"

extern const zr_native zr_zig_natives[];
extern const zr_native zr_zig_fast_natives[]; /* zig_fast.c */

/* A synthetic ES module for `path` built with the options in `query` (the
 * text after '?', or NULL). NULL with an exception pending on failure: a
 * build error carries zig's diagnostics. */
v8c_module zr_zig_module_load(v8c_context ctx, const char *path, const char *query);

/* At the end of every macrotask (loop.c): closes abandoned libraries that
 * nothing can use any more, when a check is due (docs/abandon.md). */
void zr_zig_libraries_after_macrotask(void);

/* --dump-module: builds and loads `path`, prints its table as JSON; returns
 * the exit status. */
int zr_zig_dump_module(const char *spec);

#endif
