/*
 * runtime.h — the process-wide runtime state and the realm (one V8 context).
 *
 * One zr_runtime per process: the isolate, the libuv loop, the options the
 * command line gave. Each V8 context is a zr_realm (the main one, and the
 * ones $262.createRealm makes): its stdlib-js `require` cache, its `natives`
 * object and the JS functions the C side calls back into (timer dispatch,
 * error reporting). A context's data slot ZR_CONTEXT_SLOT_REALM points at its
 * realm, so any native callback finds its realm from its context.
 */
#ifndef ZR_RUNTIME_H
#define ZR_RUNTIME_H

#include <stdbool.h>
#include <uv.h>

#include "v8c.h"

#define ZR_VERSION "0.1.0"
#define ZR_CONTEXT_SLOT_REALM 0

typedef struct zr_options {
  const char *script;        /* path given on the command line, or NULL */
  const char *eval_source;   /* -e CODE */
  int script_argc;           /* arguments after the script */
  char **script_argv;
  bool expose_gc;
  const char *v8_flags;      /* --v8-flags="…" */
  /* --test262-child: see docs/testing.md */
  bool test_child;
  bool test_module;
  bool test_strict;
  int include_count;
  const char **includes;
} zr_options;

typedef struct zr_realm zr_realm;

typedef struct zr_runtime {
  v8c_isolate *iso;
  uv_loop_t *loop;
  zr_options options;
  const char *exec_path;     /* absolute path of this executable */
  zr_realm *main_realm;
  int argc;                  /* the process's own argv, for process.execArgv */
  char **argv;
} zr_runtime;

struct zr_realm {
  zr_runtime *rt;
  v8c_persistent *context;
  v8c_persistent *natives;       /* the object stdlib-js sees as `natives` */
  v8c_persistent *require_cache; /* stem → exports */
  v8c_persistent *require_fn;
  /* JS functions the loop calls: set by stdlib-js through natives. */
  v8c_persistent *timer_dispatch;     /* (timeout) => void */
  v8c_persistent *immediate_dispatch; /* () => void */
  v8c_persistent *tick_dispatch;      /* () => void: process.nextTick queue */
  bool ticks_pending;
  zr_realm *next;                     /* all realms, for teardown */
};

/* The runtime of this process (there is exactly one). */
zr_runtime *zr_runtime_get(void);

/* The realm whose context is `ctx`. */
zr_realm *zr_realm_of(v8c_context ctx);
v8c_context zr_realm_context(zr_realm *realm);

/* Makes a new context with globals installed (bootstrap.js ran). NULL with
 * an exception pending if bootstrapping threw. */
zr_realm *zr_realm_new(zr_runtime *rt);

#endif
