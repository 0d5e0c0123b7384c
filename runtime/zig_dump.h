/*
 * zig_dump.h — the metadata table of a Zig module library as JSON
 * (`zigar-run --dump-module`, and the exporter tests).
 */
#ifndef ZR_ZIG_DUMP_H
#define ZR_ZIG_DUMP_H

#include "zig_abi.h"

/* A malloc'ed, NUL-terminated, pretty-printed JSON rendering of the whole
 * table: module fields, every type (kind and flags by name, members, decls,
 * probed layouts), every function. The same table always gives the same
 * text; addresses (which differ per load) are hex strings, default values
 * and sentinels hex byte strings. Returns NULL only when out of memory. The
 * caller frees. */
char *zr_zig_dump_json(const zigar_module *m);

#endif
