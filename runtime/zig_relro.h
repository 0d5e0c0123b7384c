/*
 * zig_relro.h — Zig constants made read-only, as the seed expects.
 *
 * Zig's own ELF linker (the default for Debug builds) puts constants that
 * need relocation — string literals a function returns among them — in
 * .data.rel.ro but emits no PT_GNU_RELRO segment, so the dynamic linker
 * leaves them writable. A JS write through a view of "Hello world" would
 * silently change the constant. After loading (and after the output hook
 * patched the GOT), zr_zig_protect_relro makes the whole pages inside
 * .data.rel.ro read-only, so such a write faults like it does with LLD's
 * RELRO (the seed's example 5b) and the crash handler can explain it.
 */
#ifndef ZR_ZIG_RELRO_H
#define ZR_ZIG_RELRO_H

#include <stdbool.h>
#include <stdint.h>

/* False if the library's file or its section table could not be read. */
bool zr_zig_protect_relro(void *dl_handle);

/* Whether `address` is in a range protected here (for crash reports: no
 * locks, no allocation). */
bool zr_zig_relro_contains(uintptr_t address);

/* A library in [start, end) was closed: drop its ranges (docs/abandon.md). */
void zr_zig_relro_forget(uintptr_t start, uintptr_t end);

#endif
