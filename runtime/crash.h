/*
 * crash.h — fatal signals reported in the terms of the user's program.
 *
 * A segmentation fault in zigar-run is almost always Zig memory used wrongly:
 * JavaScript writing to a Zig constant (.rodata), or reading Zig heap memory
 * after Zig freed it (the seed's examples 5b and 7b), or a bug inside Zig
 * code. Instead of a bare "Segmentation fault", the handler names the
 * address, what lives there (which module's read-only data or variables, a
 * Zig memory block handed to JavaScript, freed memory) and whether the
 * faulting instruction was in a Zig module; then it flushes the output
 * buffered so far and dies of the same signal, so the exit status tells the
 * truth.
 */
#ifndef ZR_CRASH_H
#define ZR_CRASH_H

void zr_crash_install(void);

#endif
