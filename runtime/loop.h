/*
 * loop.h — the libuv event loop wired to V8 (DESIGN.md "The event loop").
 *
 * Every call from the loop into JavaScript goes through zr_loop_call: it
 * runs the function, then the microtask checkpoint (Node's ordering: all
 * microtasks after each macrotask), then reports unhandled rejections that
 * survived the checkpoint, then pumps V8's foreground tasks. An exception
 * that escapes is fatal: reported like Node's, exit status 1.
 */
#ifndef ZR_LOOP_H
#define ZR_LOOP_H

#include "runtime.h"

void zr_loop_init(zr_runtime *rt);
/* Runs until nothing is left to do. */
void zr_loop_run(zr_runtime *rt);
void zr_loop_close(zr_runtime *rt);

/* Calls fn(recv, argv…) for the loop and does the macrotask epilogue. */
void zr_loop_call(zr_realm *realm, v8c_value fn, v8c_value recv, int argc, v8c_value *argv);
/* The epilogue alone, for C code that ran JS itself (module evaluation). */
void zr_loop_after_macrotask(zr_realm *realm);

/* Immediates: the check phase calls the realm's immediate dispatcher while
 * `queued`; poll does not block (the loop stays alive) while `refed`.
 * stdlib-js/timers.js updates both as its queue changes. */
void zr_loop_set_immediate_state(zr_runtime *rt, bool queued, bool refed);
/* Keeps the loop alive while > 0 (ref-counted; e.g. a pending main module).
 * Safe from any thread (a change made elsewhere reaches the loop thread
 * through an async handle). */
void zr_loop_ref(zr_runtime *rt);
void zr_loop_unref(zr_runtime *rt);

/* Installed as the isolate's promise-reject callback. */
void zr_loop_on_promise_reject(v8c_isolate *iso, v8c_reject_event event, v8c_value promise,
                               v8c_value value);

#endif
