/*
 * zig_threads.c — Zig threads that call JavaScript, and the promises the
 * runtime makes for zigar.function.Promise parameters (zig_threads.h,
 * docs/threads.md).
 *
 * One mutex guards everything shared with other threads: the FIFO of jobs,
 * the use() count, the shutdown flag and the promise table. Other threads
 * never touch libuv handles except through uv_async_send (the `wake` handle
 * here, and zr_loop_ref/unref, which hand the change to the loop thread).
 *
 * A job is a blocking call (on the caller's stack, with its own condition
 * variable: the caller sleeps until `done`) or a promise settlement (heap
 * copy of the argument struct, nobody waits — unless the value holds
 * pointers, then it is a blocking job too). The loop thread takes the whole
 * FIFO at once and runs it in order, a macrotask each (microtasks after
 * each), so a stream of calls cannot starve timers.
 *
 * Both sides spin briefly before sleeping (see "spinning" below): a thread
 * calling JS in a loop then gets each answer in a few microseconds instead
 * of two sleeps and wake-ups, which cost tens of microseconds on a VM.
 *
 * Promise handles are `generation << 32 | (slot + 1)`: a stale or repeated
 * resolve finds a slot of another generation (or a settled one) and is
 * ignored with a warning instead of settling someone else's promise.
 */
#include "zig_threads.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "errors.h"
#include "loop.h"
#include "zig_abi.h"
#include "zig_closures.h"
#include "zig_library.h"
#include "zig_memory.h"
#include "zig_output.h"

enum { JOB_CALL, JOB_SETTLE, JOB_YIELD, JOB_OUTPUT };

struct zr_thread_job {
  int kind;
  void *context;          /* CALL: the closure */
  void *args;             /* the argument struct (CALL, blocking SETTLE: the caller's) */
  uint64_t promise;       /* SETTLE: the handle */
  bool blocking;
  bool done;
  int32_t status;
  pthread_cond_t cond;
  uintptr_t stack_lo, stack_hi; /* the calling thread's stack */
  size_t len;             /* OUTPUT: the line's length (args: its bytes) */
  int fd;                 /* OUTPUT: where it was written */
  bool flushed;           /* OUTPUT: already written to fd (exit, crash) */
  struct zr_thread_job *next;
  struct zr_thread_job *onext; /* OUTPUT: the next line not yet emitted */
};

typedef struct promise_slot {
  uint32_t generation;
  bool live;              /* made and not yet settled */
  zig_library *lib;
  const zigar_promise *p;
  v8c_persistent *settler; /* (error, value) → void (generators: → bool); JS thread only */
  bool delivering;        /* a generator's value is being handed to JS */
} promise_slot;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static zr_thread_job *head, *tail;
static uv_async_t wake;
static bool ready;
static zr_runtime *runtime;
static pthread_t main_thread;
static int uses;
static bool shutting_down;
static promise_slot *slots;
static uint32_t slot_count, slot_cap;
static uint32_t *free_slots;
static uint32_t free_count;
static uint32_t pending_promises;
static uint64_t calls_from_threads; /* counters for zigThreadStats */
static uint64_t settles_from_threads;
static uint64_t yields_from_threads;
static uint64_t lines_from_threads;
/* OUTPUT jobs queued or being run, in order (the FIFO's order): what a
 * crash must still write out, even once drain has taken them. */
static zr_thread_job *out_head, *out_tail;

static __thread uintptr_t my_stack_lo, my_stack_hi;
/* Cores besides the loop thread's (see "spinning"); set once by
 * zr_zig_threads_init, before any other thread can call. */
static int spare_cores;

static void drain(void);
static void flush_output_at_exit(void);

static void on_wake(uv_async_t *h) {
  (void)h;
  drain();
}

void zr_zig_threads_init(zr_runtime *rt) {
  if (ready) return;
  runtime = rt;
  main_thread = pthread_self();
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  spare_cores = cores > 1 ? (int)cores - 1 : 0;
  CHECK(uv_async_init(rt->loop, &wake, on_wake) == 0);
  uv_unref((uv_handle_t *)&wake); /* the loop is kept alive by zr_loop_ref */
  atexit(flush_output_at_exit);
  pthread_mutex_lock(&lock);
  ready = true;
  pthread_mutex_unlock(&lock);
}

static bool on_main_thread(void) {
  return ready && pthread_equal(pthread_self(), main_thread);
}

/* ---- use / end -------------------------------------------------------------------- */

int32_t zr_zig_thread_use(void) {
  pthread_mutex_lock(&lock);
  if (!ready || shutting_down) {
    pthread_mutex_unlock(&lock);
    return ZIGAR_THREAD_DISABLED;
  }
  bool first = uses++ == 0;
  pthread_mutex_unlock(&lock);
  if (first) zr_loop_ref(runtime);
  return ZIGAR_THREAD_OK;
}

void zr_zig_thread_end(void) {
  pthread_mutex_lock(&lock);
  if (uses == 0) {
    pthread_mutex_unlock(&lock);
    return;
  }
  bool last = --uses == 0;
  pthread_mutex_unlock(&lock);
  if (last) zr_loop_unref(runtime);
}

bool zr_zig_threads_may_exit(void) {
  if (!ready) return true;
  pthread_mutex_lock(&lock);
  bool busy = uses > 0 || head != NULL || pending_promises > 0;
  if (!busy) shutting_down = true;
  pthread_mutex_unlock(&lock);
  if (busy) drain();
  return !busy;
}

/* ---- the queue ------------------------------------------------------------------------ */

static void thread_stack(uintptr_t *lo, uintptr_t *hi) {
  if (!my_stack_hi) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    my_stack_lo = (uintptr_t)addr;
    my_stack_hi = (uintptr_t)addr + size;
  }
  *lo = my_stack_lo;
  *hi = my_stack_hi;
}

/* Appends under `lock` (held). */
static void append(zr_thread_job *j) {
  j->next = NULL;
  if (tail) tail->next = j;
  else __atomic_store_n(&head, j, __ATOMIC_RELEASE); /* also read unlocked by spin_for_jobs */
  tail = j;
}

/* ---- spinning ----------------------------------------------------------------------------
 *
 * A blocked caller polls its job for up to SPIN_NS before it sleeps on its
 * condition variable, and the loop thread, after running blocking calls,
 * polls the queue as long for the next one before it returns to the loop.
 * Spinning only pays while a core is free for it: at most one caller per
 * spare core spins (the loop thread needs one), none on a single core. */
#define SPIN_NS 50000

static atomic_int spinners;

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __asm__ volatile("pause");
#endif
}

/* Polls `cond` (atomic loads only) until it holds or SPIN_NS pass. */
#define SPIN_UNTIL(cond)                                          \
  do {                                                            \
    uint64_t deadline_ = now_ns() + SPIN_NS;                      \
    for (unsigned n_ = 1; !(cond); n_++) {                        \
      cpu_relax();                                                \
      if ((n_ & 63) == 0 && now_ns() > deadline_) break;          \
    }                                                             \
  } while (0)

static bool may_spin(void) {
  int now = atomic_fetch_add(&spinners, 1);
  if (now < spare_cores) return true;
  atomic_fetch_sub(&spinners, 1);
  return false;
}

static void wait_done(zr_thread_job *j) {
  if (may_spin()) {
    SPIN_UNTIL(__atomic_load_n(&j->done, __ATOMIC_ACQUIRE));
    atomic_fetch_sub(&spinners, 1);
  }
  /* Even when the spin saw `done`, take the lock once: the completing
   * thread signals `cond` under it, and j (on this stack) must outlive that. */
  pthread_mutex_lock(&lock);
  while (!j->done) pthread_cond_wait(&j->cond, &lock);
  pthread_mutex_unlock(&lock);
  pthread_cond_destroy(&j->cond);
}

int32_t zr_zig_threads_call(void *context, void *args) {
  zr_thread_job j = { .kind = JOB_CALL, .context = context, .args = args, .blocking = true };
  pthread_cond_init(&j.cond, NULL);
  thread_stack(&j.stack_lo, &j.stack_hi);
  pthread_mutex_lock(&lock);
  int32_t refusal = !ready ? ZIGAR_CALL_WRONG_THREAD : shutting_down || uses == 0 ? ZIGAR_CALL_DEADLOCK : 0;
  if (refusal) {
    pthread_mutex_unlock(&lock);
    pthread_cond_destroy(&j.cond);
    return refusal;
  }
  append(&j);
  calls_from_threads++;
  pthread_mutex_unlock(&lock);
  uv_async_send(&wake);
  wait_done(&j);
  return j.status;
}

void zr_zig_threads_complete(zr_thread_job *j, int32_t status, const void *data, size_t args_size) {
  if (data && status == ZIGAR_CALL_OK) memcpy(j->args, data, args_size);
  pthread_mutex_lock(&lock);
  j->status = status;
  __atomic_store_n(&j->done, true, __ATOMIC_RELEASE); /* also read unlocked by wait_done */
  pthread_cond_signal(&j->cond);
  pthread_mutex_unlock(&lock); /* the caller may return (and free j) from here on */
}

static void run_settle(uint64_t handle, void *args, bool from_queue);
static int32_t run_yield(uint64_t handle, void *args);

static void run_job(zr_thread_job *j) {
  if (j->kind == JOB_OUTPUT) {
    if (!j->flushed) zr_zig_output_line(runtime->main_realm, j->fd, j->args, j->len);
    pthread_mutex_lock(&lock);
    CHECK(out_head == j);
    out_head = j->onext;
    if (!out_head) out_tail = NULL;
    pthread_mutex_unlock(&lock);
    free(j->args);
    free(j);
    return;
  }
  if (j->kind == JOB_YIELD) {
    zr_zig_threads_complete(j, run_yield(j->promise, j->args), NULL, 0);
    return;
  }
  if (j->kind == JOB_CALL) {
    int32_t status = zr_zig_closures_run(j->context, j->args, j, j->stack_lo, j->stack_hi);
    if (status != ZR_CALL_PENDING) zr_zig_threads_complete(j, status, NULL, 0);
    return;
  }
  run_settle(j->promise, j->args, true);
  if (j->blocking) {
    zr_zig_threads_complete(j, ZIGAR_CALL_OK, NULL, 0);
  } else {
    free(j->args);
    free(j);
  }
}

/* Runs the queued jobs; after blocking calls, waits a little for the next
 * one (its caller is likely spinning for the answer and about to call
 * again). One drain runs for at most DRAIN_NS, so timers and I/O still get
 * their turn; jobs queued meanwhile have re-armed `wake`. */
#define DRAIN_NS 2000000

static void drain(void) {
  uint64_t start = 0;
  for (;;) {
    pthread_mutex_lock(&lock);
    zr_thread_job *j = head;
    head = tail = NULL;
    pthread_mutex_unlock(&lock);
    bool calls = false;
    while (j) {
      zr_thread_job *next = j->next; /* j may be gone once completed */
      calls = calls || j->kind == JOB_CALL;
      run_job(j);
      zr_loop_after_macrotask(runtime->main_realm);
      j = next;
    }
    if (!calls || spare_cores == 0) return;
    if (!start) start = now_ns();
    else if (now_ns() - start > DRAIN_NS) return;
    SPIN_UNTIL(__atomic_load_n(&head, __ATOMIC_ACQUIRE) != NULL);
    if (!__atomic_load_n(&head, __ATOMIC_ACQUIRE)) return;
  }
}

/* ---- promises ---------------------------------------------------------------------------- */

typedef struct js_settle_hook {
  zr_realm *realm;
  v8c_persistent *settle; /* (handle, argsType, settler, argsView) → void */
  struct js_settle_hook *next;
} js_settle_hook;
static js_settle_hook *settle_hooks;

static js_settle_hook *hook_of(zr_realm *realm) {
  for (js_settle_hook *h = settle_hooks; h; h = h->next)
    if (h->realm == realm) return h;
  return NULL;
}

static uint64_t handle_of(uint32_t index) {
  return ((uint64_t)slots[index].generation << 32) | (uint64_t)(index + 1);
}

/* The live slot of `handle` (lock held), or NULL. */
static promise_slot *slot_of(uint64_t handle) {
  uint32_t index = (uint32_t)(handle & 0xffffffffu);
  if (index == 0 || index > slot_count) return NULL;
  promise_slot *s = &slots[index - 1];
  if (!s->live || s->generation != (uint32_t)(handle >> 32)) return NULL;
  return s;
}

/* Frees a settled slot (lock held). */
static void release_slot(promise_slot *s) {
  s->live = false;
  s->generation = (s->generation + 1) & 0xfffffu; /* handles stay below 2^52 */
  free_slots[free_count++] = (uint32_t)(s - slots);
  pending_promises--;
}

static void warn_stale(void) {
  fputs("zigar-run: a promise was resolved twice, or after it was rejected (ignored)\n", stderr);
}

/* On the JS thread: converts and delivers the value. The slot was claimed
 * (no longer live) by the caller. */
static bool deliver_value(zig_library *lib, const zigar_promise *p, v8c_persistent *settler, void *args) {
  zr_realm *realm = lib->realm;
  v8c_isolate *iso = realm->rt->iso;
  v8c_handle_scope scope;
  v8c_handle_scope_open(iso, &scope);
  v8c_context ctx = zr_realm_context(realm);
  js_settle_hook *h = hook_of(realm);
  const zigar_type *at = &lib->table->types[p->args_type];
  void *mem = NULL;
  bool more = false;
  v8c_value dv = zr_zig_alloc_js(ctx, at->size ? (size_t)at->size : 1, at->alignment ? at->alignment : 1, &mem);
  if (dv && h) {
    memcpy(mem, args, (size_t)at->size);
    v8c_value argv[4] = { v8c_int32(iso, lib->id), v8c_int32(iso, p->args_type), v8c_persistent_get(iso, settler), dv };
    v8c_value r = v8c_call(ctx, v8c_persistent_get(iso, h->settle), v8c_undefined(iso), 4, argv);
    if (!r) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
    more = v8c_is_true(r);
  } else if (!dv) {
    zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  }
  v8c_handle_scope_close(&scope);
  return more;
}

static void deliver(zig_library *lib, const zigar_promise *p, v8c_persistent *settler, void *args, bool from_queue) {
  deliver_value(lib, p, settler, args);
  v8c_persistent_free(settler);
  zr_loop_unref(runtime);
  (void)from_queue;
}

static void run_settle(uint64_t handle, void *args, bool from_queue) {
  pthread_mutex_lock(&lock);
  promise_slot *s = slot_of(handle);
  if (!s) {
    pthread_mutex_unlock(&lock);
    warn_stale();
    return;
  }
  zig_library *lib = s->lib;
  const zigar_promise *p = s->p;
  v8c_persistent *settler = s->settler;
  s->settler = NULL;
  release_slot(s);
  pthread_mutex_unlock(&lock);
  deliver(lib, p, settler, args, from_queue);
}

void zr_zig_promise_settle(void *ptr, void *args) {
  uint64_t handle = (uint64_t)(uintptr_t)ptr;
  if (on_main_thread()) {
    run_settle(handle, args, false);
    return;
  }
  pthread_mutex_lock(&lock);
  promise_slot *s = slot_of(handle);
  if (!s || !ready) {
    pthread_mutex_unlock(&lock);
    warn_stale();
    return;
  }
  const zigar_type *at = &s->lib->table->types[s->p->args_type];
  bool blocking = s->p->flags & ZIGAR_PROMISE_HAS_POINTERS;
  settles_from_threads++;
  if (blocking) {
    zr_thread_job j = { .kind = JOB_SETTLE, .args = args, .promise = handle, .blocking = true };
    pthread_cond_init(&j.cond, NULL);
    append(&j);
    pthread_mutex_unlock(&lock);
    uv_async_send(&wake);
    wait_done(&j);
    return;
  }
  zr_thread_job *j = zr_xcalloc(1, sizeof *j);
  j->kind = JOB_SETTLE;
  j->promise = handle;
  j->args = zr_xcalloc(1, at->size ? (size_t)at->size : 1);
  memcpy(j->args, args, (size_t)at->size);
  append(j);
  pthread_mutex_unlock(&lock);
  uv_async_send(&wake);
}

/* ---- generators ---------------------------------------------------------------------------- */

/* On the JS thread: hands the value to JS, whose settler answers whether
 * more values are wanted; when not (the generator ended, or the consumer
 * had stopped) the slot is released. 0 for a stale handle. */
static int32_t run_yield(uint64_t handle, void *args) {
  pthread_mutex_lock(&lock);
  promise_slot *s = slot_of(handle);
  if (!s || s->delivering) {
    pthread_mutex_unlock(&lock);
    return 0;
  }
  zig_library *lib = s->lib;
  const zigar_promise *p = s->p;
  v8c_persistent *settler = s->settler;
  s->delivering = true;
  pthread_mutex_unlock(&lock);
  bool more = deliver_value(lib, p, settler, args);
  pthread_mutex_lock(&lock);
  s = slot_of(handle); /* still live: only the JS thread releases slots */
  if (s) s->delivering = false;
  if (s && !more) {
    s->settler = NULL;
    release_slot(s);
  } else {
    settler = NULL;
  }
  pthread_mutex_unlock(&lock);
  if (settler) {
    v8c_persistent_free(settler);
    zr_loop_unref(runtime);
  }
  return more ? 1 : 0;
}

int32_t zr_zig_generator_yield(void *ptr, void *args) {
  uint64_t handle = (uint64_t)(uintptr_t)ptr;
  if (on_main_thread()) return run_yield(handle, args);
  zr_thread_job j = { .kind = JOB_YIELD, .args = args, .promise = handle, .blocking = true };
  pthread_mutex_lock(&lock);
  if (!ready || !slot_of(handle)) {
    pthread_mutex_unlock(&lock);
    return 0;
  }
  pthread_cond_init(&j.cond, NULL);
  yields_from_threads++;
  append(&j);
  pthread_mutex_unlock(&lock);
  uv_async_send(&wake);
  wait_done(&j);
  return j.status;
}

/* ---- other threads' output ------------------------------------------------------------------ */

bool zr_zig_threads_output(int fd, const char *data, size_t len) {
  pthread_mutex_lock(&lock);
  if (!ready || shutting_down) {
    pthread_mutex_unlock(&lock);
    return false;
  }
  zr_thread_job *j = zr_xcalloc(1, sizeof *j);
  j->kind = JOB_OUTPUT;
  j->fd = fd;
  j->len = len;
  j->args = zr_xcalloc(1, len ? len : 1);
  memcpy(j->args, data, len);
  append(j);
  if (out_tail) out_tail->onext = j;
  else out_head = j;
  out_tail = j;
  lines_from_threads++;
  pthread_mutex_unlock(&lock);
  uv_async_send(&wake);
  return true;
}

/* At process exit (process.exit(), a fatal error): lines still queued are
 * written to their fds directly. */
static void flush_output_at_exit(void) {
  zr_zig_threads_flush_output();
}

void zr_zig_threads_flush_output(void) {
  /* from a signal handler too: the lock may be held by the thread that
   * crashed, so it is only tried (we are dying anyway) */
  bool locked = pthread_mutex_trylock(&lock) == 0;
  shutting_down = true;
  for (zr_thread_job *j = out_head; j; j = j->onext) {
    if (j->flushed) continue;
    j->flushed = true;
    ssize_t ignored = write(j->fd, j->args, j->len);
    ignored = write(j->fd, "\n", 1);
    (void)ignored;
  }
  if (locked) pthread_mutex_unlock(&lock);
}

/* ---- natives ------------------------------------------------------------------------------ */

/* zigPromiseInit(settle): stdlib-js's settle hook, once per realm. */
v8c_value zr_zig_native_promise_init(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value fn = v8c_callinfo_arg(info, 0);
  if (!v8c_is_function(fn)) return v8c_throw_type_error(ctx, "zigPromiseInit: expected a function");
  zr_realm *realm = zr_realm_of(ctx);
  zr_zig_threads_init(realm->rt);
  js_settle_hook *h = hook_of(realm);
  if (!h) {
    h = zr_xcalloc(1, sizeof *h);
    h->realm = realm;
    h->next = settle_hooks;
    settle_hooks = h;
  } else {
    v8c_persistent_free(h->settle);
  }
  h->settle = v8c_persistent_new(iso, fn);
  return v8c_undefined(iso);
}

static const zigar_promise *promise_of(zig_library *lib, int32_t type) {
  for (uint32_t i = 0; i < lib->table->promise_count; i++)
    if (lib->table->promises[i].type == type) return &lib->table->promises[i];
  return NULL;
}

/* zigPromiseNew(handle, promiseType, argsView, offset, settler) → the
 * promise's handle (a number): the Promise value at argsView+offset is
 * filled with { handle, settle }; the loop stays alive until it settles. */
v8c_value zr_zig_native_promise_new(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  int32_t type;
  double offset;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &type) || !v8c_to_number(ctx, v8c_callinfo_arg(info, 3), &offset))
    return NULL;
  const zigar_promise *p = promise_of(lib, type);
  if (!p) return v8c_throw_type_error(ctx, "zigPromiseNew: type %d is no promise", type);
  v8c_value view = v8c_callinfo_arg(info, 2), settler = v8c_callinfo_arg(info, 4);
  if (!v8c_is_array_buffer_view(view) || !v8c_is_function(settler))
    return v8c_throw_type_error(ctx, "zigPromiseNew: expected a DataView and a function");
  size_t len;
  uint8_t *data = v8c_view_data(view, NULL, NULL, &len);
  const zigar_type *pt = &lib->table->types[type];
  if (!data || offset < 0 || offset + (double)pt->size > (double)len)
    return v8c_throw_range_error(ctx, "zigPromiseNew: bad offset");
  zr_zig_threads_init(lib->realm->rt);
  pthread_mutex_lock(&lock);
  if (free_count == 0) {
    if (slot_count == slot_cap) {
      slot_cap = slot_cap ? slot_cap * 2 : 64;
      slots = zr_xrealloc(slots, slot_cap * sizeof *slots);
      free_slots = zr_xrealloc(free_slots, slot_cap * sizeof *free_slots);
    }
    slots[slot_count] = (promise_slot){ 0 };
    free_slots[free_count++] = slot_count++;
  }
  uint32_t index = free_slots[--free_count];
  promise_slot *s = &slots[index];
  s->live = true;
  s->lib = lib;
  s->p = p;
  s->settler = v8c_persistent_new(iso, settler);
  pending_promises++;
  uint64_t handle = handle_of(index);
  pthread_mutex_unlock(&lock);
  zr_loop_ref(runtime);
  void *ptr = (void *)(uintptr_t)handle;
  memcpy(data + (size_t)offset + pt->offset_a, &ptr, sizeof ptr);
  memcpy(data + (size_t)offset + pt->offset_b, &p->settle, sizeof p->settle);
  return v8c_number(iso, (double)handle);
}

/* zigPromiseDrop(handle) → true when the promise was still pending: it is
 * settled now (by the caller: the Zig function returned an error). */
v8c_value zr_zig_native_promise_drop(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  double h;
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, 0), &h)) return NULL;
  pthread_mutex_lock(&lock);
  promise_slot *s = slot_of((uint64_t)h);
  v8c_persistent *settler = NULL;
  if (s) {
    settler = s->settler;
    s->settler = NULL;
    release_slot(s);
  }
  pthread_mutex_unlock(&lock);
  if (!s) return v8c_boolean(iso, false);
  v8c_persistent_free(settler);
  zr_loop_unref(runtime);
  return v8c_boolean(iso, true);
}

/* zigPromiseResolve(handle, promiseType, promiseView, argsView): settles a
 * Promise Zig made (promiseView: its 16 bytes) with args."1". */
v8c_value zr_zig_native_promise_resolve(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  if (lib->abandoned) return v8c_throw_error(ctx, "Module was abandoned");
  int32_t type;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &type)) return NULL;
  const zigar_promise *p = promise_of(lib, type);
  if (!p) return v8c_throw_type_error(ctx, "zigPromiseResolve: type %d is no promise", type);
  v8c_value pv = v8c_callinfo_arg(info, 2), av = v8c_callinfo_arg(info, 3);
  if (!v8c_is_array_buffer_view(pv) || !v8c_is_array_buffer_view(av))
    return v8c_throw_type_error(ctx, "zigPromiseResolve: expected two DataViews");
  size_t plen, alen;
  uint8_t *pdata = v8c_view_data(pv, NULL, NULL, &plen);
  uint8_t *adata = v8c_view_data(av, NULL, NULL, &alen);
  if (!pdata || !adata || plen < lib->table->types[type].size || alen < lib->table->types[p->args_type].size)
    return v8c_throw_range_error(ctx, "zigPromiseResolve: short buffers");
  if (!zr_zig_run(ctx, p->resolve, pdata, adata)) return NULL;
  return v8c_undefined(iso);
}

/* zigThreadCallDone(token, status, argsView|null): a call from another
 * thread whose JS result was a Promise has its result now. */
v8c_value zr_zig_native_thread_call_done(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  double token;
  int32_t status;
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, 0), &token) || !v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &status))
    return NULL;
  zr_thread_job *j = (zr_thread_job *)(uintptr_t)token;
  CHECK(j && j->kind == JOB_CALL && !j->done);
  v8c_value view = v8c_callinfo_arg(info, 2);
  const void *data = NULL;
  size_t len = 0;
  if (v8c_is_array_buffer_view(view)) data = v8c_view_data(view, NULL, NULL, &len);
  size_t need = zr_zig_closure_args_size(j->context);
  zr_zig_threads_complete(j, status, data && len >= need ? data : NULL, need);
  return v8c_undefined(iso);
}

void zr_zig_threads_counts(int *u, unsigned *pending) {
  pthread_mutex_lock(&lock);
  *u = uses;
  *pending = pending_promises;
  pthread_mutex_unlock(&lock);
}

bool zr_zig_threads_library_pending(const zig_library *lib) {
  bool pending = false;
  pthread_mutex_lock(&lock);
  for (uint32_t i = 0; i < slot_count && !pending; i++) pending = slots[i].live && slots[i].lib == lib;
  pthread_mutex_unlock(&lock);
  return pending;
}

/* zigThreadStats() → { uses, pendingPromises, callsFromThreads, settlesFromThreads } */
v8c_value zr_zig_native_thread_stats(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value o = v8c_object_new(ctx);
  pthread_mutex_lock(&lock);
  double u = uses, pp = pending_promises, c = (double)calls_from_threads, st = (double)settles_from_threads;
  double y = (double)yields_from_threads, ln = (double)lines_from_threads;
  pthread_mutex_unlock(&lock);
  v8c_set_named(ctx, o, "yieldsFromThreads", v8c_number(iso, y));
  v8c_set_named(ctx, o, "linesFromThreads", v8c_number(iso, ln));
  v8c_set_named(ctx, o, "uses", v8c_number(iso, u));
  v8c_set_named(ctx, o, "pendingPromises", v8c_number(iso, pp));
  v8c_set_named(ctx, o, "callsFromThreads", v8c_number(iso, c));
  v8c_set_named(ctx, o, "settlesFromThreads", v8c_number(iso, st));
  return o;
}
