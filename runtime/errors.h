/*
 * errors.h — uncaught exceptions and unhandled rejections, reported like
 * Node's and fatal.
 *
 * The report is formatted by stdlib-js (errors.js, using inspect) when the
 * realm can run JavaScript, else by C from ToString. Then output is flushed
 * and the process exits with status 1. In --test262-child mode one more line
 * names the phase and the error's constructor (docs/testing.md).
 */
#ifndef ZR_ERRORS_H
#define ZR_ERRORS_H

#include "runtime.h"

typedef enum { ZR_PHASE_PARSE, ZR_PHASE_RESOLUTION, ZR_PHASE_RUNTIME } zr_phase;

/* Takes the pending exception and dies reporting it. */
_Noreturn void zr_die_with_pending(zr_realm *realm, zr_phase phase);
/* Dies reporting `exception` (thrown or a rejection reason). */
_Noreturn void zr_die_with(zr_realm *realm, v8c_value exception, const v8c_message_info *info,
                           zr_phase phase, bool from_rejection);
/* Flushes output and exits with `code`. */
_Noreturn void zr_exit(int code);

#endif
