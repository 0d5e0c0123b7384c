/*
 * host.h — the test262 host side of zigar-run (docs/testing.md).
 */
#ifndef ZR_HOST_H
#define ZR_HOST_H

#include "runtime.h"

/* Runs the includes and the test file of a --test262-child invocation;
 * dies (exit 1, with the phase line) on an uncaught error. */
void zr_host_run_test_child(zr_realm *realm);

#endif
