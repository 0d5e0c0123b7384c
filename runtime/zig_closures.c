/*
 * zig_closures.c — JavaScript functions as Zig function pointers
 * (zig_closures.h, docs/closures.md).
 *
 * A C function pointer carries no context, so each JS function gets a code
 * address of its own: a 32-byte STUB in a pooled trampoline page. A page pair
 * is mapped once: the first page holds 128 stubs, written when the page is
 * made and then flipped RW → RX for good; the second page stays RW and holds
 * each stub's two data words { closure record, handler }. Stub i (x86_64):
 *
 *   4c 8b 1d <d32>         mov r11, [rip + data_i]       ; the closure record
 *   64 4c 89 1c 25 <t32>   mov fs:[t32], r11             ; → this thread's slot
 *   ff 25 <d32>            jmp [rip + data_i + 8]        ; → the type's handler
 *   cc × 10                int3 padding
 *
 * t32 is the offset of `closure_slot` (an initial-exec __thread variable of
 * the executable, hence at a fixed offset from the thread pointer in every
 * thread) from the thread pointer. r11 is scratch in every x86_64 calling
 * convention (never an argument register, neither in SysV nor in Zig's own),
 * so registers, float registers and the stack reach the handler untouched.
 * Code pages are never written again, so no thread can ever execute a page
 * while it is writable; a new closure only fills its data words. (aarch64,
 * designed for: `ldr x16, data; ldr x17, data+8; mrs x9, tpidr_el0;
 * str x16, [x9, #off]; br x17` — x16/x17/x9 are scratch there too.)
 *
 * The handler (stdlib-zig/closures.zig) reads the slot first thing
 * (host.closure_context), packs its arguments into the type's argument
 * struct and calls host.call_js (below), which runs on the JS thread:
 *   - fast path, for bool / ≤32-bit int / f32 / f64 parameters and such a
 *     result (or void): arguments become JS values here in C, the function
 *     is called directly, a number/boolean result is written back directly.
 *     Per call it creates as few V8 handles and crosses into V8 as few times
 *     as the public API allows (shim/src/hotcall.cc): the function and the
 *     context are read from their strong handles' own slots (v8c_strong,
 *     pointers cached in the records), integer arguments are Smis in a C
 *     array (v8c_int32_slot), v8c_call_function skips v8c_call's IsFunction
 *     check, a Smi result is read without a call (v8c_int32_peek); what is
 *     left is one handle scope, one TryCatch and Function::Call itself;
 *   - general path: the argument struct is copied into a reused JS buffer
 *     and stdlib-js's dispatcher (zig_function.js, registered once per realm)
 *     converts arguments, calls the function, converts the result (through
 *     the allocator the callback received when it needs memory), and maps
 *     exceptions; the struct is copied back.
 * A closure is never freed while Zig may still call it: release() marks the
 * record released and drops the JS function, but stub and record stay, so a
 * late call is reported (ZIGAR_CALL_RELEASED) instead of jumping into a
 * reused stub. When an abandoned module's library is closed
 * (docs/abandon.md), its stubs jump to a function of ours that reports the
 * call and aborts: the handler they jumped to is gone.
 */
#include "zig_closures.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"
#include "zig_abi.h"
#include "zig_library.h"
#include "zig_memory.h"
#include "zig_threads.h"

#if !defined(__x86_64__)
#error "zig_closures.c: stubs are written for x86_64 only (aarch64 is designed for, see the comment above)"
#endif

#define STUB_SIZE 32
#define PAGE_SIZE_ 4096
#define STUBS_PER_PAGE (PAGE_SIZE_ / STUB_SIZE)
#define CLOSURE_MAGIC 0x636c6f73u
#define MAX_FAST 16

static __thread void *closure_slot __attribute__((tls_model("initial-exec")));
static __thread bool on_js_thread __attribute__((tls_model("initial-exec")));
static int32_t tls_offset;
static bool initialised;
static pthread_t main_thread;
static uintptr_t stack_hi; /* the top (highest address) of the JS thread's stack */
extern void *__libc_stack_end;

/* ---- function types -------------------------------------------------------------- */

typedef enum { K_BOOL, K_I8, K_U8, K_I16, K_U16, K_I32, K_U32, K_F32, K_F64 } fast_kind;

typedef struct cb_type {
  /* Read by every call, so kept together in the first cache line (a call
   * into V8 touches enough memory that each line of ours can be a miss). */
  v8c_isolate *iso;         /* lib->realm->rt->iso */
  v8c_value ctx;            /* the realm's context (borrowed from hooks->context) */
  bool fast;
  int8_t ret_kind;          /* -1: void */
  uint8_t argc;
  uint32_t ret_offset;
  uint8_t kinds[MAX_FAST];
  uint16_t offsets[MAX_FAST];
  /* The rest. */
  zig_library *lib;
  int32_t type_index;
  const zigar_callback *cb;
  size_t args_size, args_align;
  struct js_hooks *hooks;   /* of lib->realm */
  v8c_persistent *scratch;  /* DataView of the general path's reused buffer */
  uint8_t *scratch_data;
  bool scratch_busy;
  struct cb_type *next;
} cb_type;

static cb_type *types;

typedef struct closure {
  uint32_t magic;
  bool released;
  cb_type *type;
  v8c_value fn_value; /* v8c_strong_borrow(fn): the function, no handle per call */
  v8c_strong *fn;
  int hash;
  void *stub;
  struct closure *next; /* hash chain */
} closure;

#define BUCKETS 1024
static closure *buckets[BUCKETS];
static size_t live_count;

/* ---- JS hooks (per realm) ---------------------------------------------------------- */

typedef struct js_hooks {
  zr_realm *realm;
  v8c_strong *context;      /* the realm's context, borrowed by calls */
  v8c_persistent *dispatch; /* (handle, typeIndex, fn|null, argsView, result) → status */
  v8c_persistent *report;   /* (exception) → void: prints it like an uncaught error */
  struct js_hooks *next;
} js_hooks;
static js_hooks *hooks_list;

static js_hooks *hooks_of(zr_realm *realm) {
  for (js_hooks *h = hooks_list; h; h = h->next)
    if (h->realm == realm) return h;
  return NULL;
}

/* ---- stub pages -------------------------------------------------------------------- */

typedef struct stub_page {
  uint8_t *code;
  void **data;
  closure *owners[STUBS_PER_PAGE];
  int used;
} stub_page;
static stub_page **pages;
static int page_count, page_cap;

static void put32(uint8_t *p, int32_t v) {
  memcpy(p, &v, 4);
}

static stub_page *new_page(void) {
  CHECK(sysconf(_SC_PAGESIZE) == PAGE_SIZE_);
  uint8_t *mem = mmap(NULL, 2 * PAGE_SIZE_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(mem != MAP_FAILED);
  for (int i = 0; i < STUBS_PER_PAGE; i++) {
    uint8_t *s = mem + i * STUB_SIZE;
    uint8_t *data = mem + PAGE_SIZE_ + i * 16;
    memset(s, 0xcc, STUB_SIZE);
    s[0] = 0x4c, s[1] = 0x8b, s[2] = 0x1d; /* mov r11, [rip+d32] */
    put32(s + 3, (int32_t)(data - (s + 7)));
    s[7] = 0x64, s[8] = 0x4c, s[9] = 0x89, s[10] = 0x1c, s[11] = 0x25; /* mov fs:[t32], r11 */
    put32(s + 12, tls_offset);
    s[16] = 0xff, s[17] = 0x25; /* jmp [rip+d32] */
    put32(s + 18, (int32_t)(data + 8 - (s + 22)));
  }
  CHECK(mprotect(mem, PAGE_SIZE_, PROT_READ | PROT_EXEC) == 0);
  stub_page *p = zr_xcalloc(1, sizeof *p);
  p->code = mem;
  p->data = (void **)(mem + PAGE_SIZE_);
  if (page_count == page_cap) {
    page_cap = page_cap ? page_cap * 2 : 8;
    pages = zr_xrealloc(pages, (size_t)page_cap * sizeof *pages);
  }
  pages[page_count++] = p;
  return p;
}

static void *stub_for(closure *c, const void *handler) {
  stub_page *p = page_count && pages[page_count - 1]->used < STUBS_PER_PAGE ? pages[page_count - 1] : new_page();
  int i = p->used++;
  p->owners[i] = c;
  p->data[2 * i + 1] = (void *)handler;
  p->data[2 * i] = c;
  return p->code + i * STUB_SIZE;
}

static closure *closure_at(uintptr_t address) {
  for (int i = 0; i < page_count; i++) {
    stub_page *p = pages[i];
    uintptr_t start = (uintptr_t)p->code;
    if (address < start || address >= start + PAGE_SIZE_ || (address - start) % STUB_SIZE) continue;
    size_t index = (address - start) / STUB_SIZE;
    return (int)index < p->used ? p->owners[index] : NULL;
  }
  return NULL;
}

/* ---- setup --------------------------------------------------------------------------- */

static uintptr_t thread_pointer(void) {
  uintptr_t tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  return tp;
}

static void initialise(void) {
  if (initialised) return;
  initialised = true;
  main_thread = pthread_self();
  on_js_thread = true;
  intptr_t off = (intptr_t)(uintptr_t)&closure_slot - (intptr_t)thread_pointer();
  CHECK(off >= INT32_MIN && off <= INT32_MAX);
  tls_offset = (int32_t)off;
  /* The JS thread's stack: pthread_getattr_np would give it, but on the
   * main thread glibc then parses /proc/self/maps, which broke std.debug's
   * stderr locking in Zig libraries under ASan in the test runner (seen
   * here). The top is glibc's __libc_stack_end; the bottom is the current
   * stack pointer when a view is made (frames below it are not live). */
  stack_hi = (uintptr_t)__libc_stack_end;
}

static int fast_kind_of(const zigar_module *t, int32_t index) {
  if (index < 0 || (uint32_t)index >= t->type_count) return -2;
  const zigar_type *ty = &t->types[index];
  bool sign = ty->flags & ZIGAR_FLAG_SIGNED;
  switch (ty->kind) {
    case ZIGAR_KIND_BOOL: return K_BOOL;
    case ZIGAR_KIND_INT:
      if (ty->bits == 8 && ty->size == 1) return sign ? K_I8 : K_U8;
      if (ty->bits == 16 && ty->size == 2) return sign ? K_I16 : K_U16;
      if (ty->bits == 32 && ty->size == 4) return sign ? K_I32 : K_U32;
      return -2;
    case ZIGAR_KIND_FLOAT:
      if (ty->bits == 32) return K_F32;
      if (ty->bits == 64) return K_F64;
      return -2;
    case ZIGAR_KIND_VOID: return -1;
    default: return -2;
  }
}

static void describe_fast(cb_type *t) {
  const zigar_module *m = t->lib->table;
  t->fast = false;
  if (t->cb->flags & ZIGAR_FN_RETURNS_ERROR_UNION) return;
  const zigar_type *at = &m->types[t->cb->args_type];
  int argc = 0;
  t->ret_kind = -1;
  for (uint32_t i = 0; i < at->member_count; i++) {
    const zigar_member *mem = &m->members[at->member_start + i];
    if (!mem->name) return;
    int k = fast_kind_of(m, mem->type);
    if (strcmp(mem->name, "retval") == 0) {
      if (k == -2) return;
      t->ret_kind = k;
      t->ret_offset = (uint32_t)(mem->bit_offset / 8);
      continue;
    }
    if (k < 0) return;
    int pos = atoi(mem->name);
    if (pos < 0 || pos >= MAX_FAST || mem->bit_offset / 8 > UINT16_MAX) return;
    t->kinds[pos] = (uint8_t)k;
    t->offsets[pos] = (uint16_t)(mem->bit_offset / 8);
    argc++;
  }
  t->argc = argc;
  t->fast = true;
}

/* Zeroed memory starting on a cache line (records the hot path reads). */
static void *xcalloc_lines(size_t n) {
  n = (n + 63) & ~(size_t)63;
  void *p = aligned_alloc(64, n);
  CHECK(p != NULL);
  return memset(p, 0, n);
}

static cb_type *type_of(zig_library *lib, int32_t type_index) {
  for (cb_type *t = types; t; t = t->next)
    if (t->lib == lib && t->type_index == type_index) return t;
  const zigar_module *m = lib->table;
  for (uint32_t i = 0; i < m->callback_count; i++) {
    if (m->callbacks[i].type != type_index) continue;
    cb_type *t = xcalloc_lines(sizeof *t);
    t->lib = lib;
    t->type_index = type_index;
    t->cb = &m->callbacks[i];
    const zigar_type *at = &m->types[t->cb->args_type];
    t->args_size = (size_t)at->size;
    t->args_align = at->alignment ? at->alignment : 1;
    t->iso = lib->realm->rt->iso;
    t->hooks = hooks_of(lib->realm);
    t->ctx = v8c_strong_borrow(t->hooks->context);
    describe_fast(t);
    t->next = types;
    types = t;
    return t;
  }
  return NULL;
}

/* ---- release ---------------------------------------------------------------------------- */

static void release(closure *c) {
  if (c->released) return;
  c->released = true;
  live_count--;
  /* Unlink from the hash table: the same function gets a new closure. */
  closure **pp = &buckets[(unsigned)c->hash % BUCKETS];
  while (*pp && *pp != c) pp = &(*pp)->next;
  if (*pp) *pp = c->next;
  c->next = NULL;
  /* Other threads cannot touch V8: the handle is freed on the JS thread
   * (freeing a Global is not a V8 heap operation, but keep to one thread). */
  if (pthread_equal(pthread_self(), main_thread)) {
    v8c_strong_free(c->fn);
    c->fn = NULL;
    c->fn_value = NULL;
  }
}

void zr_zig_release_function(const void *fn) {
  if (!initialised) return;
  closure *c = closure_at((uintptr_t)fn);
  if (c) release(c);
}

void zr_zig_closures_abandon(zig_library *lib) {
  for (int i = 0; i < page_count; i++) {
    stub_page *p = pages[i];
    for (int j = 0; j < p->used; j++)
      if (p->owners[j]->type->lib == lib) release(p->owners[j]);
  }
}

/* Where a closed library's stubs jump: no handler is left to pack the
 * arguments, and nothing can be returned to the caller, so the call ends
 * the process with a message (the crash handler adds the report). Any
 * calling convention reaches it: it reads no argument and never returns. */
static void closed_library_handler(void) {
  static const char msg[] =
      "zigar-run: a JavaScript function pointer of a Zig module that was abandoned and closed was called\n";
  ssize_t ignored = write(2, msg, sizeof msg - 1);
  (void)ignored;
  abort();
}

void zr_zig_closures_library_closed(zig_library *lib) {
  for (int i = 0; i < page_count; i++) {
    stub_page *p = pages[i];
    for (int j = 0; j < p->used; j++)
      if (p->owners[j]->type->lib == lib) p->data[2 * j + 1] = (void *)closed_library_handler;
  }
  for (cb_type *t = types; t; t = t->next)
    if (t->lib == lib) t->cb = NULL; /* it pointed into the table */
}

size_t zr_zig_closures_live(void) {
  return live_count;
}

const size_t *zr_zig_closures_live_count(void) {
  return &live_count;
}

/* ---- stack views ------------------------------------------------------------------------ */

typedef struct stack_buffer {
  v8c_persistent *buffer;
} stack_buffer;
static stack_buffer *stack_buffers;
static size_t stack_buffer_count, stack_buffer_cap;
static int callback_depth;
/* The innermost Zig call whose callbacks share a TryCatch and handle scope
 * (zr_zig_callbacks_begin), and how many callbacks one scope serves before it
 * is renewed: its handles (a result each, more on the general path) are
 * freed then, so a loop of a million callbacks holds a bounded number. */
static zr_callback_frame *callback_frame_top;
#define FRAME_SCOPE_RENEW 64
/* While a call from another thread runs: that thread's stack, whose views
 * are detached like the JS thread's own when the call returns. */
static uintptr_t foreign_lo, foreign_hi;

void zr_zig_closures_note_buffer(v8c_isolate *iso, uintptr_t address, size_t len, v8c_value buffer) {
  if (callback_depth == 0 || !initialised || !pthread_equal(pthread_self(), main_thread)) return;
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  bool own = address >= sp && address + len <= stack_hi;
  bool foreign = foreign_hi && address >= foreign_lo && address + len <= foreign_hi;
  if (!own && !foreign) return;
  if (stack_buffer_count == stack_buffer_cap) {
    stack_buffer_cap = stack_buffer_cap ? stack_buffer_cap * 2 : 16;
    stack_buffers = zr_xrealloc(stack_buffers, stack_buffer_cap * sizeof *stack_buffers);
  }
  stack_buffers[stack_buffer_count++].buffer = v8c_persistent_new(iso, buffer);
}

/* Detaches the stack views made since `mark`: the frames they show die when
 * the callback returns, and a stale read must throw, not show garbage. */
static void detach_stack_buffers(v8c_isolate *iso, v8c_context ctx, size_t mark) {
  while (stack_buffer_count > mark) {
    v8c_persistent *p = stack_buffers[--stack_buffer_count].buffer;
    v8c_value b = v8c_persistent_get(iso, p);
    if (b) {
      zr_zig_memory_forget(iso, b);
      zr_zig_memory_detach(ctx, b, ZR_DETACHED_STACK);
    }
    v8c_persistent_free(p);
  }
}

/* ---- calls -------------------------------------------------------------------------------- */

static void report(zr_realm *realm, v8c_value exception) {
  v8c_context ctx = zr_realm_context(realm);
  v8c_isolate *iso = realm->rt->iso;
  js_hooks *h = hooks_of(realm);
  v8c_value fn = h ? v8c_persistent_get(iso, h->report) : NULL;
  if (fn && v8c_call(ctx, fn, v8c_undefined(iso), 1, &exception)) return;
  v8c_exception_take(iso, NULL);
  fputs("zigar-run: a JavaScript function called from Zig threw (unprintable)\n", stderr);
}

/* Integers go into `slot` (no handle, see v8c_int32_slot / v8c_smi_slot),
 * which must live until the call returns. */
static v8c_value fast_arg(v8c_isolate *iso, fast_kind k, const uint8_t *p, v8c_slot *slot) {
  switch (k) {
    case K_BOOL: return v8c_boolean(iso, *p != 0);
    case K_I8: return v8c_smi_slot(slot, *(const int8_t *)p);
    case K_U8: return v8c_smi_slot(slot, *p);
    case K_I16: { int16_t v; memcpy(&v, p, 2); return v8c_smi_slot(slot, v); }
    case K_U16: { uint16_t v; memcpy(&v, p, 2); return v8c_smi_slot(slot, v); }
    case K_I32: { int32_t v; memcpy(&v, p, 4); return v8c_smi_slot(slot, v); }
    case K_U32: {
      uint32_t v;
      memcpy(&v, p, 4);
      return v <= INT32_MAX ? v8c_smi_slot(slot, (int32_t)v) : v8c_uint32(iso, v);
    }
    case K_F32: { float v; memcpy(&v, p, 4); return v8c_number(iso, v); }
    case K_F64: { double v; memcpy(&v, p, 8); return v8c_number(iso, v); }
  }
  return v8c_undefined(iso);
}

/* Writes a result that needs no conversion rules (a boolean for bool, an
 * in-range integral number for ints, a number for floats); false otherwise,
 * and stdlib-js converts it (or throws the precise TypeError). */
static bool fast_result(fast_kind k, v8c_value r, uint8_t *p) {
  int32_t i;
  if (k == K_I32 && v8c_smi_peek(r, &i)) {
    memcpy(p, &i, 4);
    return true;
  }
  if (k == K_BOOL) {
    if (!v8c_is_boolean(r)) return false;
    *p = v8c_boolean_value(r);
    return true;
  }
  if (!v8c_is_number(r)) return false;
  double d = v8c_number_value(r);
  if (k == K_F32) { float f = (float)d; memcpy(p, &f, 4); return true; }
  if (k == K_F64) { memcpy(p, &d, 8); return true; }
  if (d != trunc(d)) return false;
  switch (k) {
    case K_I8: if (d < -128 || d > 127) return false; *(int8_t *)p = (int8_t)d; return true;
    case K_U8: if (d < 0 || d > 255) return false; *p = (uint8_t)d; return true;
    case K_I16: { if (d < -32768 || d > 32767) return false; int16_t v = (int16_t)d; memcpy(p, &v, 2); return true; }
    case K_U16: { if (d < 0 || d > 65535) return false; uint16_t v = (uint16_t)d; memcpy(p, &v, 2); return true; }
    case K_I32: { if (d < -2147483648.0 || d > 2147483647.0) return false; int32_t v = (int32_t)d; memcpy(p, &v, 4); return true; }
    case K_U32: { if (d < 0 || d > 4294967295.0) return false; uint32_t v = (uint32_t)d; memcpy(p, &v, 4); return true; }
    default: return false;
  }
}

/* The general path: stdlib-js converts on a copy of the argument struct.
 * With `result` non-NULL the function already ran (fast path) and only the
 * result is converted. */
static int32_t call_general(closure *c, v8c_context ctx, void *args, v8c_value result, zr_thread_job *job) {
  cb_type *t = c->type;
  zr_realm *realm = t->lib->realm;
  v8c_isolate *iso = realm->rt->iso;
  js_hooks *h = hooks_of(realm);
  if (!h) return ZIGAR_CALL_FAILED;
  v8c_value dv;
  uint8_t *data;
  bool took_scratch = false;
  if (t->scratch && !t->scratch_busy) {
    dv = v8c_persistent_get(iso, t->scratch);
    data = t->scratch_data;
    took_scratch = true;
  } else {
    void *mem = NULL;
    dv = zr_zig_alloc_js(ctx, t->args_size ? t->args_size : 1, t->args_align, &mem);
    if (!dv) {
      report(realm, v8c_exception_take(iso, NULL));
      return ZIGAR_CALL_FAILED;
    }
    data = mem;
    if (!t->scratch) {
      t->scratch = v8c_persistent_new(iso, dv);
      t->scratch_data = data;
      took_scratch = true;
    }
  }
  if (took_scratch) t->scratch_busy = true;
  memcpy(data, args, t->args_size);
  /* job: a call from another thread, which can wait for a JS Promise; its
   * token lets stdlib-js complete it later (zigThreadCallDone). */
  v8c_value argv[6] = {
    v8c_int32(iso, t->lib->id), v8c_int32(iso, t->type_index),
    result ? v8c_null(iso) : c->fn_value, dv,
    result ? result : v8c_undefined(iso),
    job ? v8c_number(iso, (double)(uintptr_t)job) : v8c_undefined(iso),
  };
  v8c_value r = v8c_call(ctx, v8c_persistent_get(iso, h->dispatch), v8c_undefined(iso), 6, argv);
  int32_t status;
  if (!r) {
    report(realm, v8c_exception_take(iso, NULL));
    status = ZIGAR_CALL_FAILED;
  } else {
    status = v8c_is_number(r) ? (int32_t)v8c_number_value(r) : ZIGAR_CALL_FAILED;
    if (status == ZIGAR_CALL_OK) memcpy(args, data, t->args_size);
    else if (status == ZR_CALL_PENDING && !job) status = ZIGAR_CALL_FAILED;
  }
  if (took_scratch) t->scratch_busy = false;
  return status;
}

/* `catcher`: the frame's shared TryCatch, or NULL for one of the call's own. */
static int32_t call_fast(closure *c, v8c_context ctx, void *args, zr_thread_job *job, v8c_catch_scope *catcher) {
  cb_type *t = c->type;
  v8c_isolate *iso = t->iso;
  v8c_value argv[MAX_FAST];
  v8c_slot slots[MAX_FAST];
  const uint8_t *bytes = args;
  for (int i = 0; i < t->argc; i++) argv[i] = fast_arg(iso, t->kinds[i], bytes + t->offsets[i], &slots[i]);
  /* Hot: the function and the context are read from their strong handles
   * without new handles; no IsFunction check (a closure holds a function). */
  v8c_value r = catcher ? v8c_call_function_caught(iso, ctx, c->fn_value, t->argc, argv, catcher)
                        : v8c_call_function(iso, ctx, c->fn_value, t->argc, argv);
  if (!r) {
    report(t->lib->realm, v8c_exception_take(iso, NULL));
    return ZIGAR_CALL_FAILED;
  }
  if (t->ret_kind < 0 || fast_result(t->ret_kind, r, (uint8_t *)args + t->ret_offset)) return ZIGAR_CALL_OK;
  return call_general(c, ctx, args, r, job);
}

/* A call on the JS thread (job: one queued by another thread, whose stack is
 * stack_lo..stack_hi). */
static inline int32_t run(closure *c, void *args, zr_thread_job *job, uintptr_t stack_lo, uintptr_t stack_hi) {
  cb_type *t = c->type;
  /* (An abandoned module's closures are all released: zr_zig_closures_abandon.) */
  if (c->released) return ZIGAR_CALL_RELEASED;
  v8c_isolate *iso = t->iso;
  /* Straight from the Zig call that began the innermost frame: share its
   * TryCatch and handle scope (nothing has opened a scope since). */
  zr_callback_frame *f = callback_frame_top;
  bool shared = !job && f && f->depth == callback_depth && f->iso == iso;
  v8c_handle_scope scope;
  if (!shared) {
    v8c_handle_scope_open(iso, &scope);
  } else if (f->scope_uses < 0 || f->scope_uses >= FRAME_SCOPE_RENEW) {
    if (f->scope_uses >= 0) v8c_handle_scope_close(&f->scope);
    v8c_handle_scope_open(iso, &f->scope);
    f->scope_uses = 0;
  }
  if (shared) f->scope_uses++;
  v8c_context ctx = (v8c_context)t->ctx;
  size_t mark = stack_buffer_count;
  uintptr_t outer_lo = foreign_lo, outer_hi = foreign_hi;
  if (job) foreign_lo = stack_lo, foreign_hi = stack_hi;
  callback_depth++;
  int32_t status = t->fast ? call_fast(c, ctx, args, job, shared ? &f->catcher : NULL)
                           : call_general(c, ctx, args, NULL, job);
  callback_depth--;
  foreign_lo = outer_lo, foreign_hi = outer_hi;
  if (stack_buffer_count > mark) detach_stack_buffers(iso, ctx, mark);
  if (!shared) v8c_handle_scope_close(&scope);
  return status;
}

void zr_zig_callbacks_begin(v8c_isolate *iso, zr_callback_frame *f) {
  f->active = live_count > 0;
  if (!f->active) return;
  f->iso = iso;
  f->depth = callback_depth;
  f->scope_uses = -1;
  f->outer = callback_frame_top;
  v8c_catch_scope_open(iso, &f->catcher);
  callback_frame_top = f;
}

void zr_zig_callbacks_end(zr_callback_frame *f) {
  if (!f->active) return;
  if (f->scope_uses >= 0) v8c_handle_scope_close(&f->scope);
  v8c_catch_scope_close(&f->catcher);
  callback_frame_top = f->outer;
}

void *zr_zig_closure_context(void) {
  return closure_slot;
}

int32_t zr_zig_call_js(void *context, void *args) {
  closure *c = context;
  if (!c || c->magic != CLOSURE_MAGIC) {
    fputs("zigar-run: a JavaScript function pointer was called without its context\n", stderr);
    return ZIGAR_CALL_FAILED;
  }
  if (!on_js_thread) return zr_zig_threads_call(context, args);
  return run(c, args, NULL, 0, 0);
}

size_t zr_zig_closure_args_size(void *context) {
  return ((closure *)context)->type->args_size;
}

int32_t zr_zig_closures_run(void *context, void *args, zr_thread_job *job, uintptr_t stack_lo, uintptr_t stack_hi) {
  return run(context, args, job, stack_lo, stack_hi);
}

/* ---- natives ------------------------------------------------------------------------------ */

/* zigClosureInit(dispatch, report): stdlib-js's hooks, once per realm. */
static v8c_value native_closure_init(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  v8c_value dispatch = v8c_callinfo_arg(info, 0), rep = v8c_callinfo_arg(info, 1);
  if (!v8c_is_function(dispatch) || !v8c_is_function(rep))
    return v8c_throw_type_error(ctx, "zigClosureInit: expected two functions");
  initialise();
  zr_realm *realm = zr_realm_of(ctx);
  js_hooks *h = hooks_of(realm);
  if (!h) {
    h = zr_xcalloc(1, sizeof *h);
    h->realm = realm;
    h->next = hooks_list;
    hooks_list = h;
  } else {
    v8c_persistent_free(h->dispatch);
    v8c_persistent_free(h->report);
  }
  if (!h->context) h->context = v8c_strong_new(iso, (v8c_value)zr_realm_context(realm));
  h->dispatch = v8c_persistent_new(iso, dispatch);
  h->report = v8c_persistent_new(iso, rep);
  return v8c_undefined(iso);
}

/* zigClosure(handle, fnTypeIndex, fn) → the function pointer (a number). */
static v8c_value native_closure(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  if (lib->abandoned) return v8c_throw_error(ctx, "Module was abandoned");
  int32_t index;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &index)) return NULL;
  v8c_value fn = v8c_callinfo_arg(info, 2);
  if (!v8c_is_function(fn)) return v8c_throw_type_error(ctx, "zigClosure: expected a function");
  if (!hooks_of(lib->realm)) return v8c_throw_error(ctx, "zigClosure: zigClosureInit was not called");
  cb_type *t = type_of(lib, index);
  if (!t) {
    const char *name = index >= 0 && (uint32_t)index < lib->table->type_count ? lib->table->types[index].name : "?";
    return v8c_throw_type_error(ctx, "A JavaScript function cannot become a Zig function pointer of type %s", name);
  }
  int hash = v8c_identity_hash(fn);
  for (closure *c = buckets[(unsigned)hash % BUCKETS]; c; c = c->next) {
    if (c->type == t && c->hash == hash && v8c_strict_equals(c->fn_value, fn))
      return v8c_number(iso, (double)(uintptr_t)c->stub);
  }
  closure *c = xcalloc_lines(sizeof *c);
  c->magic = CLOSURE_MAGIC;
  c->type = t;
  c->fn = v8c_strong_new(iso, fn);
  c->fn_value = v8c_strong_borrow(c->fn);
  c->hash = hash;
  c->stub = stub_for(c, t->cb->handler);
  c->next = buckets[(unsigned)hash % BUCKETS];
  buckets[(unsigned)hash % BUCKETS] = c;
  live_count++;
  return v8c_number(iso, (double)(uintptr_t)c->stub);
}

/* zigClosureState(address) → 0: not a closure, 1: live, 2: released. */
static v8c_value native_closure_state(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  double address;
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, 0), &address)) return NULL;
  closure *c = address > 0 ? closure_at((uintptr_t)address) : NULL;
  return v8c_int32(iso, !c ? 0 : c->released || c->type->lib->abandoned ? 2 : 1);
}

/* zigClosureFunction(address) → the JS function of a live closure, or undefined. */
static v8c_value native_closure_function(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  double address;
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, 0), &address)) return NULL;
  closure *c = address > 0 ? closure_at((uintptr_t)address) : NULL;
  if (!c || c->released || !c->fn) return v8c_undefined(iso);
  return c->fn_value;
}

/* zigAllocatorAlloc(handle, view, offset, len, align) → address of `len`
 * bytes from the std.mem.Allocator stored at view+offset; throws when out
 * of memory. */
static v8c_value native_allocator_alloc(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  v8c_value view = v8c_callinfo_arg(info, 1);
  if (!v8c_is_array_buffer_view(view)) return v8c_throw_type_error(ctx, "zigAllocatorAlloc: expected a DataView");
  double offset, len, align;
  if (!v8c_to_number(ctx, v8c_callinfo_arg(info, 2), &offset) ||
      !v8c_to_number(ctx, v8c_callinfo_arg(info, 3), &len) || !v8c_to_number(ctx, v8c_callinfo_arg(info, 4), &align))
    return NULL;
  size_t n;
  uint8_t *data = v8c_view_data(view, NULL, NULL, &n);
  if (!data || offset < 0 || offset + 16 > (double)n) return v8c_throw_range_error(ctx, "zigAllocatorAlloc: bad offset");
  void *p = lib->table->allocator_alloc(data + (size_t)offset, (size_t)len, (uint32_t)align);
  if (!p) return v8c_throw_error(ctx, "Out of memory");
  return v8c_number(iso, (double)(uintptr_t)p);
}

const zr_native zr_zig_closure_natives[] = {
  { "zigClosureInit", native_closure_init, 2 },
  { "zigClosure", native_closure, 3 },
  { "zigClosureState", native_closure_state, 1 },
  { "zigClosureFunction", native_closure_function, 1 },
  { "zigAllocatorAlloc", native_allocator_alloc, 5 },
  /* zig_threads.c */
  { "zigPromiseInit", zr_zig_native_promise_init, 1 },
  { "zigPromiseNew", zr_zig_native_promise_new, 5 },
  { "zigPromiseDrop", zr_zig_native_promise_drop, 1 },
  { "zigPromiseResolve", zr_zig_native_promise_resolve, 4 },
  { "zigThreadCallDone", zr_zig_native_thread_call_done, 3 },
  { "zigThreadStats", zr_zig_native_thread_stats, 0 },
  { NULL, NULL, 0 },
};
