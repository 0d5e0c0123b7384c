/*
 * zig_loader.c — loading Zig module libraries and calling into them
 * (zig_loader.h, docs/bridge.md), and closing abandoned ones
 * (docs/abandon.md).
 *
 * A library is loaded once per module record. Its metadata table is
 * converted to JS objects once; stdlib-js/zig.js builds everything else
 * from them.
 *
 * Calls: stdlib-js writes the arguments into the function's argument struct
 * (a reused buffer) and calls natives.zigCall, which fills the allocator
 * fields, brackets the call for output redirection, and runs the thunk. Memory
 * the JS allocator handed out during the call is returned to JS as an array,
 * so it stays alive (strongly held by the caller) while the result is read.
 *
 * Closing: after __zigar.abandon() a library is dlclose'd once nothing can
 * use it any more — checked on the JS thread at the end of a macrotask, when
 * no Zig call is on its stack: no JS ArrayBuffer over its span is alive
 * (zig_memory.c counts them), no promise of it is pending, no thread but the
 * runtime's own exists (a thread a library started may be running any
 * library's code; checked in /proc/self/task), no signal handler points into
 * it, and every module record sharing its handle was abandoned too. Never
 * closed: libraries that may have V8 Fast API entries (their addresses may
 * be compiled into optimised code) and libraries with variables (the
 * namespace's accessors reach them forever). After the close the span is
 * reserved PROT_NONE, so an address JS kept into it is refused (zigView)
 * or faults, instead of reaching whatever is mapped there next.
 */
#include "zig_loader.h"
#include "zig_library.h"

#include <dirent.h>
#include <errno.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"
#include "paths.h"
#include "stdlib_js.h"
#include "zig_abi.h"
#include "zig_build.h"
#include "zig_closures.h"
#include "zig_dump.h"
#include "zig_memory.h"
#include "zig_output.h"
#include "zig_relro.h"
#include "zig_threads.h"

static zig_library **libraries;
static int library_count, library_cap;

zig_library *zr_zig_library(int id) {
  return id >= 0 && id < library_count ? libraries[id] : NULL;
}

/* The JS allocator's `ptr` field: Zig may keep an allocator past the call,
 * so it points at this static record, not at the call's frame. */
typedef struct js_allocator_context {
  int magic;
} js_allocator_context;
static js_allocator_context the_js_allocator = { 0x7a696761 };

/* The innermost call in progress on the main thread (calls nest when Zig
 * calls JS that calls Zig). */
typedef struct call_frame {
  v8c_context ctx;
  /* The array of DataViews made by the JS allocator, or NULL. A persistent:
   * while Zig runs, the innermost handle scope may be the one its callbacks
   * share (zig_closures.h), closed before the call returns. */
  v8c_persistent *allocations;
  struct call_frame *outer;
} call_frame;
static call_frame *current_frame;
static pthread_t main_thread;

static void *host_alloc(void *context, size_t len, uint32_t alignment) {
  if (context != &the_js_allocator || !current_frame || !pthread_equal(pthread_self(), main_thread))
    return NULL; /* error.OutOfMemory for Zig: no JS to allocate from here */
  call_frame *f = current_frame;
  void *data = NULL;
  v8c_value view = zr_zig_alloc_js(f->ctx, len, alignment ? alignment : 1, &data);
  if (!view) {
    v8c_exception_take(v8c_context_isolate(f->ctx), NULL);
    return NULL;
  }
  v8c_isolate *iso = v8c_context_isolate(f->ctx);
  if (!f->allocations) f->allocations = v8c_persistent_new(iso, v8c_array_new(f->ctx, 0));
  v8c_value list = v8c_persistent_get(iso, f->allocations);
  v8c_set_index(f->ctx, list, v8c_array_length(list), view);
  return data;
}

static void host_free(void *context, void *ptr, size_t len, uint32_t alignment) {
  /* JS memory is garbage-collected: a free from Zig only drops Zig's claim. */
  (void)context, (void)ptr, (void)len, (void)alignment;
}

static const zigar_host the_host = {
  .abi_version = ZIGAR_ABI_VERSION,
  .alloc = host_alloc,
  .free = host_free,
  .closure_context = zr_zig_closure_context,
  .call_js = zr_zig_call_js,
  .release_function = zr_zig_release_function,
  .thread_use = zr_zig_thread_use,
  .thread_end = zr_zig_thread_end,
  .promise_settle = zr_zig_promise_settle,
  .generator_yield = zr_zig_generator_yield,
};

/* ---- metadata: the table as JS objects ------------------------------------ */

static const char *const kind_names[] = {
  "void", "bool", "int", "float", "struct", "union", "enum", "error set", "error union",
  "optional", "array", "vector", "pointer", "opaque", "function", "type", "comptime_int",
  "comptime_float", "enum literal", "null", "undefined", "noreturn", "allocator", "unsupported", "promise",
  "generator", "abort signal",
};

static const char *const decl_kind_names[] = { "type", "function", "const", "var", "comptime" };

static void set_num(v8c_context ctx, v8c_value o, const char *key, double v) {
  v8c_set_named(ctx, o, key, v8c_number(v8c_context_isolate(ctx), v));
}

static void set_bool(v8c_context ctx, v8c_value o, const char *key, bool v) {
  v8c_set_named(ctx, o, key, v8c_boolean(v8c_context_isolate(ctx), v));
}

static void set_str(v8c_context ctx, v8c_value o, const char *key, const char *v) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  v8c_set_named(ctx, o, key, v ? v8c_string(iso, v, -1) : v8c_null(iso));
}

/* A copy of `len` bytes as a Uint8Array (defaults, sentinels), or null. */
static v8c_value bytes_copy(v8c_context ctx, const void *data, size_t len) {
  if (!data) return v8c_null(v8c_context_isolate(ctx));
  v8c_value ab = v8c_array_buffer_new(ctx, len);
  if (!ab) return NULL;
  size_t n;
  if (len) memcpy(v8c_array_buffer_data(ab, &n), data, len); /* no bytes: no data pointer */
  return v8c_typed_array_new(ctx, V8C_UINT8, ab, 0, len);
}

static v8c_value int64_value(v8c_isolate *iso, int64_t v) {
  if (v > (int64_t)9007199254740991LL || v < -(int64_t)9007199254740991LL) return v8c_bigint_from_int64(iso, v);
  return v8c_number(iso, (double)v);
}

static v8c_value member_object(v8c_context ctx, const zigar_module *t, const zigar_member *m) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  v8c_value o = v8c_object_new(ctx);
  set_str(ctx, o, "name", m->name);
  set_num(ctx, o, "type", m->type);
  set_num(ctx, o, "bitOffset", (double)m->bit_offset);
  set_num(ctx, o, "bitSize", (double)m->bit_size);
  v8c_set_named(ctx, o, "value", int64_value(iso, m->value));
  set_bool(ctx, o, "isComptime", m->flags & ZIGAR_MEMBER_COMPTIME);
  size_t size = m->type >= 0 && (uint32_t)m->type < t->type_count ? t->types[m->type].size : 0;
  bool has_default = (m->flags & (ZIGAR_MEMBER_HAS_DEFAULT | ZIGAR_MEMBER_COMPTIME)) && m->default_value;
  v8c_set_named(ctx, o, "defaultValue", has_default ? bytes_copy(ctx, m->default_value, size) : v8c_null(iso));
  return o;
}

static const char *pointer_size(uint32_t flags) {
  if (flags & ZIGAR_FLAG_PTR_ONE) return "one";
  if (flags & ZIGAR_FLAG_PTR_MANY) return "many";
  if (flags & ZIGAR_FLAG_PTR_SLICE) return "slice";
  if (flags & ZIGAR_FLAG_PTR_C) return "c";
  return NULL;
}

static v8c_value type_object(v8c_context ctx, const zigar_module *t, uint32_t index) {
  v8c_isolate *iso = v8c_context_isolate(ctx);
  const zigar_type *ty = &t->types[index];
  v8c_value o = v8c_object_new(ctx);
  set_num(ctx, o, "index", index);
  set_str(ctx, o, "name", ty->name);
  set_str(ctx, o, "kind", ty->kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[ty->kind] : "unsupported");
  set_num(ctx, o, "size", (double)ty->size);
  set_num(ctx, o, "align", ty->alignment);
  set_num(ctx, o, "bits", ty->bits);
  uint32_t f = ty->flags;
  set_bool(ctx, o, "signed", f & ZIGAR_FLAG_SIGNED);
  set_bool(ctx, o, "isExtern", f & ZIGAR_FLAG_EXTERN);
  set_bool(ctx, o, "isPacked", f & ZIGAR_FLAG_PACKED);
  set_bool(ctx, o, "isTuple", f & ZIGAR_FLAG_TUPLE);
  set_bool(ctx, o, "hasSentinel", f & ZIGAR_FLAG_HAS_SENTINEL);
  set_bool(ctx, o, "isConst", f & ZIGAR_FLAG_CONST);
  set_bool(ctx, o, "allowZero", f & ZIGAR_FLAG_ALLOWZERO);
  set_bool(ctx, o, "nonExhaustive", f & ZIGAR_FLAG_NON_EXHAUSTIVE);
  set_bool(ctx, o, "isAnyerror", f & ZIGAR_FLAG_ANYERROR);
  set_bool(ctx, o, "isCallconvC", f & ZIGAR_FLAG_CALLCONV_C);
  set_bool(ctx, o, "isVariadic", f & ZIGAR_FLAG_VARIADIC);
  set_bool(ctx, o, "comptimeOnly", f & ZIGAR_FLAG_COMPTIME_ONLY);
  set_bool(ctx, o, "optionalPtrNull", f & ZIGAR_FLAG_OPTIONAL_PTR_NULL);
  set_bool(ctx, o, "optionalZeroNull", f & ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  set_bool(ctx, o, "isTagged", f & ZIGAR_FLAG_TAGGED);
  const char *ps = ty->kind == ZIGAR_KIND_POINTER ? pointer_size(f) : NULL;
  v8c_set_named(ctx, o, "pointerSize", ps ? v8c_string(iso, ps, -1) : v8c_undefined(iso));
  set_num(ctx, o, "child", ty->child);
  set_num(ctx, o, "child2", ty->child2);
  set_num(ctx, o, "length", (double)ty->length);
  set_num(ctx, o, "offsetA", ty->offset_a);
  set_num(ctx, o, "offsetB", ty->offset_b);
  size_t sentinel_size = ty->child >= 0 && (uint32_t)ty->child < t->type_count ? t->types[ty->child].size : 0;
  v8c_set_named(ctx, o, "sentinel",
                (f & ZIGAR_FLAG_HAS_SENTINEL) && ty->sentinel ? bytes_copy(ctx, ty->sentinel, sentinel_size)
                                                             : v8c_null(iso));
  v8c_value members = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < ty->member_count && ty->member_start + i < t->member_count; i++)
    v8c_set_index(ctx, members, i, member_object(ctx, t, &t->members[ty->member_start + i]));
  v8c_set_named(ctx, o, "members", members);
  v8c_value decls = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < ty->decl_count && ty->decl_start + i < t->decl_count; i++) {
    const zigar_decl *d = &t->decls[ty->decl_start + i];
    v8c_value dobj = v8c_object_new(ctx);
    set_str(ctx, dobj, "name", d->name);
    set_str(ctx, dobj, "kind", d->kind < 5 ? decl_kind_names[d->kind] : "unsupported");
    set_num(ctx, dobj, "type", d->type);
    set_num(ctx, dobj, "function", d->function);
    set_num(ctx, dobj, "address", (double)(uintptr_t)d->address);
    v8c_set_index(ctx, decls, i, dobj);
  }
  v8c_set_named(ctx, o, "decls", decls);
  return o;
}

static v8c_value meta_object(v8c_context ctx, const zigar_module *t) {
  v8c_value meta = v8c_object_new(ctx);
  set_str(ctx, meta, "name", t->name);
  set_str(ctx, meta, "optimize", t->optimize);
  set_str(ctx, meta, "zigVersion", t->zig_version);
  set_num(ctx, meta, "root", t->root_type);
  v8c_value types = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < t->type_count; i++) v8c_set_index(ctx, types, i, type_object(ctx, t, i));
  v8c_set_named(ctx, meta, "types", types);
  v8c_value fns = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < t->function_count; i++) {
    const zigar_function *fn = &t->functions[i];
    v8c_value o = v8c_object_new(ctx);
    set_num(ctx, o, "index", i);
    set_str(ctx, o, "name", fn->name);
    set_num(ctx, o, "type", fn->type);
    set_num(ctx, o, "argsType", fn->args_type);
    set_bool(ctx, o, "returnsErrorUnion", fn->flags & ZIGAR_FN_RETURNS_ERROR_UNION);
    set_bool(ctx, o, "isMethod", fn->flags & ZIGAR_FN_METHOD);
    v8c_set_index(ctx, fns, i, o);
  }
  v8c_set_named(ctx, meta, "functions", fns);
  v8c_value cbs = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < t->callback_count; i++) {
    const zigar_callback *cb = &t->callbacks[i];
    v8c_value o = v8c_object_new(ctx);
    set_num(ctx, o, "type", cb->type);
    set_num(ctx, o, "argsType", cb->args_type);
    set_bool(ctx, o, "returnsErrorUnion", cb->flags & ZIGAR_FN_RETURNS_ERROR_UNION);
    v8c_set_index(ctx, cbs, i, o);
  }
  v8c_set_named(ctx, meta, "callbacks", cbs);
  v8c_value ps = v8c_array_new(ctx, 0);
  for (uint32_t i = 0; i < t->promise_count; i++) {
    const zigar_promise *p = &t->promises[i];
    v8c_value o = v8c_object_new(ctx);
    set_num(ctx, o, "type", p->type);
    set_num(ctx, o, "argsType", p->args_type);
    set_bool(ctx, o, "hasPointers", p->flags & ZIGAR_PROMISE_HAS_POINTERS);
    set_bool(ctx, o, "isErrorUnion", p->flags & ZIGAR_PROMISE_ERROR_UNION);
    set_bool(ctx, o, "isGenerator", p->flags & ZIGAR_PROMISE_GENERATOR);
    v8c_set_index(ctx, ps, i, o);
  }
  v8c_set_named(ctx, meta, "promises", ps);
  return meta;
}

/* ---- closing abandoned libraries (docs/abandon.md) ------------------------------ */

static bool check_wanted;       /* check at the end of the macrotask (JS thread) */
static bool closing_ready;
static uv_async_t check_async;  /* a check wanted from a GC callback, with no macrotask to follow */
static uv_timer_t retry_timer;  /* while threads or a pending promise hold one back */
static uint64_t retry_delay_ms;

/* The threads that existed before the first library was loaded: the JS
 * thread and V8's workers, which never run Zig code. A thread is known by
 * its id and its start time (ids are reused). */
typedef struct thread_id {
  pid_t tid;
  unsigned long long start;
} thread_id;
static thread_id *runtime_threads;
static size_t runtime_thread_count;
static pid_t js_thread_tid;
static bool threads_known;
static uintptr_t page_size;

static void check_libraries(void);

static void on_check_async(uv_async_t *h) {
  (void)h;
  if (check_wanted && !current_frame) check_libraries();
}

static void on_retry(uv_timer_t *h) {
  (void)h;
  check_wanted = true;
  if (!current_frame) check_libraries();
}

static void want_check(void) {
  check_wanted = true;
  if (closing_ready && !uv_is_closing((uv_handle_t *)&check_async)) uv_async_send(&check_async);
}

/* A thread's start time (clock ticks since boot, field 22 of its stat). */
static bool thread_start(pid_t tid, unsigned long long *start) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return false;
  buf[n] = '\0';
  char *p = strrchr(buf, ')'); /* the name may hold spaces and parentheses */
  if (!p) return false;
  p++;
  for (int field = 3; field <= 21; field++) { /* skip fields 3..21 */
    p = strchr(p + 1, ' ');
    if (!p) return false;
  }
  char *end;
  *start = strtoull(p + 1, &end, 10);
  return end != p + 1;
}

/* Calls fn for every thread of the process; false if they cannot be listed
 * (or fn said stop). */
static bool each_thread(bool (*fn)(pid_t tid, void *arg), void *arg) {
  DIR *d = opendir("/proc/self/task");
  if (!d) return false;
  bool ok = true;
  for (struct dirent *e; ok && (e = readdir(d));) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    ok = fn((pid_t)atoi(e->d_name), arg);
  }
  closedir(d);
  return ok;
}

static bool note_runtime_thread(pid_t tid, void *arg) {
  (void)arg;
  thread_id t = { .tid = tid };
  if (!thread_start(tid, &t.start)) return false;
  runtime_threads = zr_xrealloc(runtime_threads, (runtime_thread_count + 1) * sizeof *runtime_threads);
  runtime_threads[runtime_thread_count++] = t;
  return true;
}

static bool is_runtime_thread(pid_t tid, void *arg) {
  (void)arg;
  if (tid == js_thread_tid) return true;
  unsigned long long start;
  if (!thread_start(tid, &start)) return false; /* gone meanwhile, or unreadable: unsure */
  for (size_t i = 0; i < runtime_thread_count; i++)
    if (runtime_threads[i].tid == tid && runtime_threads[i].start == start) return true;
  return false;
}

/* Whether every thread is the runtime's own: then no thread but the JS
 * thread can be running (or about to return into) any library's code. */
static bool only_runtime_threads(void) {
  return threads_known && each_thread(is_runtime_thread, NULL);
}

static void closing_init(zr_runtime *rt) {
  if (closing_ready) return;
  closing_ready = true;
  js_thread_tid = (pid_t)syscall(SYS_gettid);
  page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
  threads_known = each_thread(note_runtime_thread, NULL);
  CHECK(uv_async_init(rt->loop, &check_async, on_check_async) == 0);
  uv_unref((uv_handle_t *)&check_async);
  CHECK(uv_timer_init(rt->loop, &retry_timer) == 0);
  uv_unref((uv_handle_t *)&retry_timer);
}

/* The span of the library's PT_LOAD segments (what dlclose unmaps). */
typedef struct span_query {
  ElfW(Addr) base;
  const char *name;
  uintptr_t start, end;
} span_query;

static int find_span(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  span_query *q = arg;
  if (info->dlpi_addr != q->base || !info->dlpi_name || strcmp(info->dlpi_name, q->name) != 0) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD) continue;
    uintptr_t start = (info->dlpi_addr + ph->p_vaddr) & ~(page_size - 1);
    uintptr_t end = (info->dlpi_addr + ph->p_vaddr + ph->p_memsz + page_size - 1) & ~(page_size - 1);
    if (!q->start || start < q->start) q->start = start;
    if (end > q->end) q->end = end;
  }
  return 1;
}

/* The loaded span of `dl` ([0, 0) if unknown). */
static void library_span(void *dl, uintptr_t *start, uintptr_t *end) {
  struct link_map *map = NULL;
  span_query q = { 0 };
  if (dlinfo(dl, RTLD_DI_LINKMAP, &map) == 0 && map && map->l_name) {
    q.base = map->l_addr;
    q.name = map->l_name;
    dl_iterate_phdr(find_span, &q);
  }
  *start = q.start;
  *end = q.end;
}

/* Whether the loader still has an object in [start, end) (dlclose may
 * keep one: NODELETE). */
static bool still_loaded(uintptr_t start, uintptr_t end) {
  Dl_info info;
  return dladdr((void *)start, &info) != 0 || dladdr((void *)(end - 1), &info) != 0;
}

/* Why `lib` must never be closed, or NULL (decided once, at load). */
static const char *reason_to_keep_open(const zig_library *lib) {
  const zigar_module *t = lib->table;
  if (!lib->so_path || lib->map_end <= lib->map_start) return "its loaded span is unknown";
  /* zig_fast.c's Fast API policy (fast_api_allowed): such a library's
   * functions may have entries (fast_entry, direct entries) whose
   * addresses V8 compiled into optimised code, where no check can stop a
   * call. (The invoker's Fast API `invoke` is the runtime's own function:
   * it reads lib->abandoned before it touches the library.) */
  const char *mode = t->optimize ? t->optimize : "Debug";
  if ((strcmp(mode, "ReleaseFast") == 0 || strcmp(mode, "ReleaseSmall") == 0) && !zr_zig_output_may_print(lib->dl))
    return "it may have V8 Fast API entries";
  /* The namespace's accessors (and a type's static ones) view a variable
   * in place whenever they are used, for as long as the module lives. */
  for (uint32_t i = 0; i < t->decl_count; i++)
    if (t->decls[i].kind == ZIGAR_DECL_VAR) return "it has variables";
  return NULL;
}

/* Whether no signal handler points into [start, end). */
static bool no_handler_in(uintptr_t start, uintptr_t end) {
  for (int sig = 1; sig < NSIG; sig++) {
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) continue;
    uintptr_t h = (sa.sa_flags & SA_SIGINFO) ? (uintptr_t)sa.sa_sigaction : (uintptr_t)sa.sa_handler;
    if (h >= start && h < end) return false;
  }
  return true;
}

zig_library *zr_zig_library_at(uintptr_t address, size_t len) {
  uintptr_t end = address + (len ? len : 1);
  for (int i = 0; i < library_count; i++) {
    zig_library *lib = libraries[i];
    if (!lib->closed && address < lib->map_end && end > lib->map_start) return lib;
  }
  return NULL;
}

const zig_library *zr_zig_library_closed_at(uintptr_t address, size_t len) {
  uintptr_t end = address + (len ? len : 1);
  for (int i = 0; i < library_count; i++) {
    const zig_library *lib = libraries[i];
    if (!lib->closed || address >= lib->map_end || end <= lib->map_start) continue;
    bool lost = false;
    for (size_t k = 0; k < lib->lost_count && !lost; k++)
      lost = address >= lib->lost_pages[k] && address - lib->lost_pages[k] < page_size;
    if (!lost) return lib;
  }
  return NULL;
}

void zr_zig_library_view_added(zig_library *lib) {
  lib->live_views++;
}

void zr_zig_library_view_dropped(zig_library *lib) {
  CHECK(lib->live_views > 0);
  if (--lib->live_views == 0 && lib->abandoned && !lib->closed) want_check();
}

/* Keeps the span's addresses ours: PROT_NONE, no memory behind it. Pages
 * something else mapped in the meantime (another thread, between dlclose's
 * munmap and this) stay theirs and are remembered as lost. */
static void reserve_span(zig_library *lib) {
  int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE;
  size_t len = lib->map_end - lib->map_start;
  void *want = (void *)lib->map_start;
  void *got = mmap(want, len, PROT_NONE, flags, -1, 0);
  if (got == want) return;
  if (got != MAP_FAILED) munmap(got, len); /* a kernel without MAP_FIXED_NOREPLACE */
  for (uintptr_t a = lib->map_start; a < lib->map_end; a += page_size) {
    got = mmap((void *)a, page_size, PROT_NONE, flags, -1, 0);
    if (got == (void *)a) continue;
    if (got != MAP_FAILED) munmap(got, page_size);
    lib->lost_pages = zr_xrealloc(lib->lost_pages, (lib->lost_count + 1) * sizeof *lib->lost_pages);
    lib->lost_pages[lib->lost_count++] = a;
  }
}

/* What `lib` (abandoned, not closed) waits for. */
typedef enum { MAY_CLOSE, WAIT_FOR_GC, WAIT_FOR_ABANDON, WAIT_AND_RETRY, NEVER } close_verdict;

static close_verdict verdict(zig_library *lib, int *census) {
  if (lib->kept_open) return NEVER;
  /* Every module record on the same handle (the same library file loaded
   * for two URLs) must be done with it: they share its memory. */
  for (int i = 0; i < library_count; i++) {
    zig_library *other = libraries[i];
    if (other->closed || other->dl != lib->dl) continue;
    if (!other->abandoned) return WAIT_FOR_ABANDON;
    if (other->kept_open) return NEVER;
    if (other->live_views > 0) return WAIT_FOR_GC;
    if (zr_zig_threads_library_pending(other)) return WAIT_AND_RETRY;
  }
  if (!no_handler_in(lib->map_start, lib->map_end)) return WAIT_AND_RETRY;
  if (*census < 0) *census = only_runtime_threads();
  return *census ? MAY_CLOSE : WAIT_AND_RETRY;
}

/* Closes `lib` and every record sharing its handle (verdict said so). */
static void close_library(zig_library *lib) {
  void *dl = lib->dl;
  int opened = 0;
  for (int i = 0; i < library_count; i++) opened += !libraries[i]->closed && libraries[i]->dl == dl;
  for (int i = 0; i < opened; i++) dlclose(dl);
  if (still_loaded(lib->map_start, lib->map_end)) {
    /* The loader keeps it (a NODELETE object): take a handle back, leave
     * everything as it was and never try again. */
    void *again = dlopen(lib->so_path, RTLD_NOW | RTLD_NOLOAD);
    for (int i = 0; i < library_count; i++) {
      zig_library *other = libraries[i];
      if (other->closed || other->dl != dl) continue;
      other->dl = again ? again : dl;
      other->kept_open = "the dynamic loader kept it loaded";
    }
    return;
  }
  zr_zig_output_forget(dl);
  zr_zig_relro_forget(lib->map_start, lib->map_end);
  for (int i = 0; i < library_count; i++) {
    zig_library *other = libraries[i];
    if (other->closed || other->dl != dl) continue;
    zr_zig_closures_library_closed(other);
    other->dl = NULL;
    other->table = NULL;
    other->closed = true;
  }
  reserve_span(lib);
}

/* On the JS thread with no Zig call on its stack. */
static void check_libraries(void) {
  check_wanted = false;
  bool retry = false;
  int census = -1; /* unknown yet: reading /proc costs, do it once */
  for (int i = 0; i < library_count; i++) {
    zig_library *lib = libraries[i];
    if (!lib->abandoned || lib->closed) continue;
    switch (verdict(lib, &census)) {
      case MAY_CLOSE: close_library(lib); break;
      case WAIT_AND_RETRY: retry = true; break;
      default: break;
    }
  }
  if (!retry) {
    retry_delay_ms = 0;
    uv_timer_stop(&retry_timer);
    return;
  }
  retry_delay_ms = retry_delay_ms ? retry_delay_ms * 2 : 10;
  if (retry_delay_ms > 1000) retry_delay_ms = 1000;
  uv_timer_start(&retry_timer, on_retry, retry_delay_ms, 0);
}

void zr_zig_libraries_after_macrotask(void) {
  if (check_wanted && !current_frame) check_libraries();
}

/* ---- loading ------------------------------------------------------------------ */

static v8c_value throw_with_code(v8c_context ctx, v8c_value error, const char *code) {
  v8c_set_named(ctx, error, "code", v8c_string(v8c_context_isolate(ctx), code, -1));
  return v8c_throw(ctx, error);
}

/* Builds (or finds in the cache) and dlopens; the table, or NULL with an
 * error message in *error (malloc'ed) and *compile_error set for zig's.
 * *so_path_out (nullable) receives the library's path (malloc'ed). */
static const zigar_module *open_library(const char *path, const char *query, void **dl_out, char **so_path_out,
                                        char **error, bool *compile_error) {
  *compile_error = false;
  zr_zig_options options;
  if (!zr_zig_options_resolve(path, query, &options, error)) return NULL;
  zr_zig_build_result result = { 0 };
  if (!zr_zig_build(path, &options, &result)) {
    *compile_error = result.compile_error;
    *error = result.error ? strdup(result.error) : strdup("zig build failed");
    zr_zig_build_result_free(&result);
    return NULL;
  }
  void *dl = dlopen(result.library_path, RTLD_NOW | RTLD_LOCAL);
  if (!dl) {
    if (asprintf(error, "Cannot load the library built for %s: %s", path, dlerror()) < 0) *error = NULL;
    zr_zig_build_result_free(&result);
    return NULL;
  }
  if (so_path_out) *so_path_out = strdup(result.library_path);
  zr_zig_build_result_free(&result);
  zigar_entry_fn entry = (zigar_entry_fn)dlsym(dl, ZIGAR_ENTRY_SYMBOL);
  if (!entry) {
    if (asprintf(error, "The library built for %s has no %s: not a zigar module", path, ZIGAR_ENTRY_SYMBOL) < 0)
      *error = NULL;
    dlclose(dl);
    if (so_path_out) free(*so_path_out), *so_path_out = NULL;
    return NULL;
  }
  const zigar_module *table = entry(&the_host);
  if (!table || table->abi_version != ZIGAR_ABI_VERSION) {
    if (asprintf(error,
                 "The library built for %s speaks bridge ABI v%u, this zigar-run speaks v%u: "
                 "delete the cache (%s) and run again",
                 path, table ? table->abi_version : 0u, ZIGAR_ABI_VERSION, zr_zig_cache_dir()) < 0)
      *error = NULL;
    dlclose(dl);
    if (so_path_out) free(*so_path_out), *so_path_out = NULL;
    return NULL;
  }
  zr_zig_output_hook(dl);
  zr_zig_protect_relro(dl);
  *dl_out = dl;
  return table;
}

static zig_library *library_of_module(zr_realm *realm, v8c_module module) {
  v8c_isolate *iso = realm->rt->iso;
  for (int i = 0; i < library_count; i++) {
    zig_library *lib = libraries[i];
    if (lib->realm == realm && lib->module &&
        v8c_strict_equals(v8c_persistent_get(iso, lib->module), v8c_module_to_value(module)))
      return lib;
  }
  return NULL;
}

static v8c_value zig_js(zr_realm *realm, const char *fn_name, int argc, v8c_value *argv) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_value zig = zr_stdlib_require(realm, "zig");
  v8c_value fn = zig ? v8c_get_named(ctx, zig, fn_name) : NULL;
  return fn ? v8c_call(ctx, fn, zig, argc, argv) : NULL;
}

static v8c_value evaluate_zig_module(v8c_context ctx, v8c_module module) {
  zr_realm *realm = zr_realm_of(ctx);
  v8c_isolate *iso = realm->rt->iso;
  zig_library *lib = library_of_module(realm, module);
  CHECK(lib != NULL);
  v8c_value argv[2] = { v8c_int32(iso, lib->id), v8c_persistent_get(iso, lib->meta) };
  v8c_value exports = zig_js(realm, "createModule", 2, argv);
  if (!exports) return NULL;
  v8c_value names = v8c_own_keys(ctx, exports);
  if (!names) return NULL;
  for (uint32_t i = 0; i < v8c_array_length(names); i++) {
    v8c_value key = v8c_get_index(ctx, names, i);
    char *name = key ? v8c_to_utf8(ctx, key, NULL) : NULL;
    v8c_value value = name ? v8c_get(ctx, exports, key) : NULL;
    bool ok = value && v8c_module_set_export(ctx, module, name, value);
    free(name);
    if (!ok) return NULL;
  }
  return v8c_undefined(iso);
}

v8c_module zr_zig_module_load(v8c_context ctx, const char *path, const char *query) {
  zr_realm *realm = zr_realm_of(ctx);
  v8c_isolate *iso = realm->rt->iso;
  main_thread = pthread_self();
  closing_init(realm->rt); /* before any library can start a thread */
  char *error = NULL;
  bool compile_error = false;
  void *dl = NULL;
  char *so_path = NULL;
  const zigar_module *table = open_library(path, query, &dl, &so_path, &error, &compile_error);
  if (!table) {
    v8c_value e = compile_error ? v8c_syntax_error_new(ctx, error ? error : "zig build failed")
                                : v8c_error_new(ctx, error ? error : "zig build failed");
    free(error);
    throw_with_code(ctx, e, compile_error ? "ERR_ZIG_COMPILE" : "ERR_ZIG_BUILD");
    return NULL;
  }
  if (library_count == library_cap) {
    library_cap = library_cap ? library_cap * 2 : 8;
    libraries = zr_xrealloc(libraries, (size_t)library_cap * sizeof *libraries);
  }
  zr_zig_threads_init(realm->rt);
  zig_library *lib = zr_xcalloc(1, sizeof *lib);
  lib->id = library_count;
  lib->path = strdup(path);
  lib->so_path = so_path;
  lib->name = strdup(table->name ? table->name : path);
  lib->dl = dl;
  lib->table = table;
  lib->realm = realm;
  library_span(dl, &lib->map_start, &lib->map_end);
  lib->kept_open = reason_to_keep_open(lib);
  libraries[library_count++] = lib;

  v8c_value meta = meta_object(ctx, table);
  lib->meta = v8c_persistent_new(iso, meta);
  v8c_value names = zig_js(realm, "exportNames", 1, &meta);
  if (!names) return NULL;
  uint32_t count = v8c_array_length(names);
  char **name_list = zr_xcalloc(count, sizeof *name_list);
  v8c_module module = NULL;
  for (uint32_t i = 0; i < count; i++) {
    v8c_value n = v8c_get_index(ctx, names, i);
    if (!n || !(name_list[i] = v8c_to_utf8(ctx, n, NULL))) goto done;
  }
  char *url = zr_path_to_file_url(path);
  module = v8c_module_new_synthetic(ctx, url, (int)count, (const char *const *)name_list, evaluate_zig_module);
  free(url);
  if (module) lib->module = v8c_persistent_new(iso, v8c_module_to_value(module));
done:
  for (uint32_t i = 0; i < count; i++) free(name_list[i]);
  free(name_list);
  return module;
}

int zr_zig_dump_module(const char *spec) {
  /* "x.zig?optimize=ReleaseFast" as in an import: the options follow '?'. */
  const char *question = strchr(spec, '?');
  char *given = question ? strndup(spec, (size_t)(question - spec)) : strdup(spec);
  CHECK(given != NULL);
  /* Absolute, as imports give it (the build resolves @imports from its folder). */
  char *path = realpath(given, NULL);
  if (!path || access(path, R_OK) != 0) {
    fprintf(stderr, "zigar-run: cannot read %s: %s\n", given, strerror(errno));
    free(given);
    free(path);
    return 1;
  }
  free(given);
  char *error = NULL;
  bool compile_error = false;
  void *dl = NULL;
  const zigar_module *table = open_library(path, question ? question + 1 : NULL, &dl, NULL, &error, &compile_error);
  free(path);
  if (!table) {
    fprintf(stderr, "zigar-run: %s\n", error ? error : "zig build failed");
    free(error);
    return 1;
  }
  char *json = zr_zig_dump_json(table);
  fputs(json, stdout);
  fputc('\n', stdout);
  free(json);
  return 0;
}

/* ---- natives ---------------------------------------------------------------------- */

zig_library *zr_zig_library_arg(v8c_callinfo *info, int i) {
  v8c_context ctx = v8c_callinfo_context(info);
  int32_t id;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, i), &id)) return NULL;
  if (id < 0 || id >= library_count) {
    v8c_throw_range_error(ctx, "No Zig module with handle %d", id);
    return NULL;
  }
  if (libraries[id]->closed) { /* nothing of it is left to touch */
    v8c_throw_error(ctx, "Module was abandoned");
    return NULL;
  }
  return libraries[id];
}

/* Before a call: the allocator fields get the JS allocator, and the return
 * slot is zeroed, so padding Zig leaves untouched reads as zero (a returned
 * struct's bytes are shown to users, and must not leak an earlier call's). */
void zr_zig_prepare_args(const zigar_module *t, const zigar_function *fn, uint8_t *args) {
  const zigar_type *at = &t->types[fn->args_type];
  for (uint32_t i = 0; i < at->member_count; i++) {
    const zigar_member *m = &t->members[at->member_start + i];
    if (m->name && strcmp(m->name, "retval") == 0 && m->type >= 0) {
      memset(args + m->bit_offset / 8, 0, t->types[m->type].size);
      continue;
    }
    if (m->type < 0 || t->types[m->type].kind != ZIGAR_KIND_ALLOCATOR) continue;
    const void *fields[2] = { &the_js_allocator, t->js_allocator_vtable };
    memcpy(args + m->bit_offset / 8, fields, sizeof fields);
  }
}

static v8c_value native_zig_call(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  if (lib->abandoned) return v8c_throw_error(ctx, "Module was abandoned");
  int32_t index;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &index)) return NULL;
  if (index < 0 || (uint32_t)index >= lib->table->function_count)
    return v8c_throw_range_error(ctx, "No function %d in %s", index, lib->table->name);
  const zigar_function *fn = &lib->table->functions[index];
  v8c_value view = v8c_callinfo_arg(info, 2);
  if (!v8c_is_array_buffer_view(view)) return v8c_throw_type_error(ctx, "zigCall: the arguments must be a DataView");
  size_t len;
  uint8_t *args = v8c_view_data(view, NULL, NULL, &len);
  if (len < lib->table->types[fn->args_type].size)
    return v8c_throw_range_error(ctx, "zigCall: argument struct of %zu bytes, expected %llu", len,
                                 (unsigned long long)lib->table->types[fn->args_type].size);
  zr_zig_prepare_args(lib->table, fn, args);
  v8c_value allocations = NULL;
  if (!zr_zig_invoke(ctx, fn, args, &allocations)) return NULL;
  return allocations ? allocations : v8c_undefined(iso);
}

/* The frame's allocations as a handle in the current scope, or NULL. */
static v8c_value take_allocations(v8c_context ctx, call_frame *frame) {
  if (!frame->allocations) return NULL;
  v8c_value list = v8c_persistent_get(v8c_context_isolate(ctx), frame->allocations);
  v8c_persistent_free(frame->allocations);
  frame->allocations = NULL;
  return list;
}

bool zr_zig_invoke(v8c_context ctx, const zigar_function *fn, void *args, v8c_value *allocations) {
  call_frame frame = { .ctx = ctx, .allocations = NULL, .outer = current_frame };
  current_frame = &frame;
  zr_zig_output_begin(ctx);
  zr_callback_frame callbacks;
  zr_zig_callbacks_begin(v8c_context_isolate(ctx), &callbacks);
  fn->thunk(args);
  zr_zig_callbacks_end(&callbacks);
  bool ok = zr_zig_output_end(ctx);
  current_frame = frame.outer;
  v8c_value made = take_allocations(ctx, &frame);
  if (allocations) *allocations = made;
  return ok;
}

bool zr_zig_run(v8c_context ctx, void (*fn)(const void *, void *), const void *a, void *b) {
  call_frame frame = { .ctx = ctx, .allocations = NULL, .outer = current_frame };
  current_frame = &frame;
  zr_zig_output_begin(ctx);
  fn(a, b);
  bool ok = zr_zig_output_end(ctx);
  current_frame = frame.outer;
  take_allocations(ctx, &frame);
  return ok;
}

static v8c_value native_zig_address(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value v = v8c_callinfo_arg(info, 0);
  void *data;
  size_t len;
  v8c_value buffer = v;
  size_t offset = 0;
  if (v8c_is_array_buffer_view(v)) data = v8c_view_data(v, &buffer, &offset, &len);
  else if (v8c_is_array_buffer(v) || v8c_is_shared_array_buffer(v)) data = v8c_array_buffer_data(v, &len);
  else return v8c_throw_type_error(ctx, "zigAddress: expected an ArrayBuffer, DataView or typed array");
  /* Zig may hand this address back (a pointer into an argument): remember
   * the buffer so zigView maps it onto the same ArrayBuffer. */
  if (data && v8c_is_array_buffer(buffer)) {
    size_t whole;
    void *base = v8c_array_buffer_data(buffer, &whole);
    zr_zig_memory_note_js_buffer(v8c_callinfo_isolate(info), buffer, (uintptr_t)base, whole);
  }
  return v8c_number(v8c_callinfo_isolate(info), (double)(uintptr_t)data);
}

static bool size_arg(v8c_callinfo *info, int i, double *out) {
  v8c_context ctx = v8c_callinfo_context(info);
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, i), out)) return false;
  if (!(*out >= 0 && *out <= 9007199254740991.0)) {
    v8c_throw_range_error(ctx, "Invalid size or address: %g", *out);
    return false;
  }
  return true;
}

static v8c_value native_zig_view(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  double address, len;
  if (!size_arg(info, 0, &address) || !size_arg(info, 1, &len)) return NULL;
  bool is_zig = false;
  v8c_value view;
  if (address == 0 || len == 0) {
    v8c_value ab = v8c_array_buffer_new(ctx, 0);
    view = ab ? v8c_data_view_new(ctx, ab, 0, 0) : NULL;
  } else {
    view = zr_zig_view(ctx, (uintptr_t)address, (size_t)len, &is_zig);
  }
  if (!view) return NULL;
  v8c_value items[2] = { view, v8c_boolean(iso, is_zig) };
  return v8c_array_from(ctx, 2, items);
}

static v8c_value native_zig_alloc(v8c_callinfo *info) {
  double len, align;
  if (!size_arg(info, 0, &len) || !size_arg(info, 1, &align)) return NULL;
  size_t a = (size_t)align;
  if (a == 0 || (a & (a - 1)) != 0)
    return v8c_throw_range_error(v8c_callinfo_context(info), "zigAlloc: alignment %zu is not a power of two", a);
  return zr_zig_alloc_js(v8c_callinfo_context(info), (size_t)len, a, NULL);
}

/* zigAbandon(handle): calls throw from now on; the library is closed when
 * nothing can use it any more (checked at the end of this macrotask, and
 * again whenever what held it back goes away). */
static v8c_value native_zig_abandon(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  int32_t id;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 0), &id)) return NULL;
  zig_library *lib = zr_zig_library(id);
  if (!lib) return v8c_throw_range_error(ctx, "No Zig module with handle %d", id);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  /* [name, function, …]: new values for the module's bindings (stdlib-js's
   * throwing stand-ins for its functions, zig_module.js replaceFunctions). */
  v8c_value bindings = v8c_callinfo_arg(info, 1);
  if (v8c_is_array(bindings) && lib->module) {
    v8c_module module = v8c_module_from_value(v8c_persistent_get(iso, lib->module));
    uint32_t n = v8c_array_length(bindings) & ~1u;
    for (uint32_t i = 0; i < n; i += 2) {
      v8c_value key = v8c_get_index(ctx, bindings, i);
      v8c_value value = key ? v8c_get_index(ctx, bindings, i + 1) : NULL;
      char *name = value ? v8c_to_utf8(ctx, key, NULL) : NULL;
      bool ok = name && v8c_module_set_export(ctx, module, name, value);
      free(name);
      if (!ok) return NULL;
    }
  }
  if (!lib->abandoned) {
    lib->abandoned = true;
    zr_zig_closures_abandon(lib);
    want_check();
  }
  return v8c_undefined(iso);
}

static v8c_value native_zig_stats(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_value o = v8c_object_new(ctx);
  int live_modules = 0, loaded = 0;
  for (int i = 0; i < library_count; i++) {
    live_modules += !libraries[i]->abandoned;
    bool first = !libraries[i]->closed; /* a file two module records share counts once */
    for (int j = 0; j < i && first; j++) first = libraries[j]->closed || libraries[j]->dl != libraries[i]->dl;
    loaded += first;
  }
  set_num(ctx, o, "externalBytes", (double)zr_zig_memory_live_bytes());
  set_num(ctx, o, "closures", (double)zr_zig_closures_live());
  set_num(ctx, o, "modules", live_modules);  /* not abandoned */
  set_num(ctx, o, "libraries", loaded);     /* not closed (docs/abandon.md) */
  int uses = 0;
  unsigned pending = 0;
  zr_zig_threads_counts(&uses, &pending);
  set_num(ctx, o, "threadUses", uses);
  set_num(ctx, o, "pendingPromises", pending);
  return o;
}

const zr_native zr_zig_natives[] = {
  { "zigCall", native_zig_call, 3 },
  { "zigAddress", native_zig_address, 1 },
  { "zigView", native_zig_view, 2 },
  { "zigAlloc", native_zig_alloc, 2 },
  { "zigAbandon", native_zig_abandon, 2 },
  { "zigStats", native_zig_stats, 0 },
  { NULL, NULL, 0 },
};
