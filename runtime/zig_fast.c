/*
 * zig_fast.c — the numeric fast path for calls into Zig.
 *
 * A function whose parameters are all bool, ints of up to 32 bits or
 * f32/f64, and whose result is one of those or void, gets a native JS
 * function of its own: the classic V8 callback converts the arguments in C
 * straight into the function's argument struct (one buffer per function) and
 * runs the thunk, with no JS in between. Anything it does not expect — a
 * wrong count, a bigint, an out-of-range or non-integral number, a
 * reentrant call — goes to the general path in stdlib-js (the `fallback`),
 * which accepts what it can and otherwise throws the precise `args[i]`
 * error. So the fast path never decides an error message.
 *
 * Slices of 32- and 64-bit ints and floats may be parameters too, but only
 * when the function gets a V8 Fast API entry (see fast_signature): V8 then
 * passes typed arrays of exactly the element type straight to Zig's entry;
 * the classic callback shares such typed arrays the same way and gives
 * everything else (arrays, DataViews, other element types, empty, detached
 * or misaligned arrays) to the fallback, like stdlib-js's own fast path.
 * Without a Fast API entry such functions keep stdlib-js's function.
 *
 * native: zigFastFunction(handle, fnIndex, fallback) → a function, or
 * undefined when the signature is not eligible.
 *
 * Also here: zigInvoker, the C half of stdlib-js's fast general path (any
 * signature whose arguments are numbers, structs by value, slices or
 * pointers); see "the general path's invoker" below. And zigDirect, the
 * same path's shortcut for signatures of numbers, by-value structs and
 * pointers with a numeric result: a per-function V8 Fast API function into
 * Zig's direct entry, given addresses instead of an argument struct; see
 * "direct entries" at the end.
 */
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <math.h>
#include <string.h>

#include "check.h"
#include "natives.h"
#include "zig_closures.h"
#include "zig_library.h"
#include "zig_output.h"

#define FAST_MAX_PARAMS 12

typedef enum {
  FAST_BOOL, FAST_I8, FAST_U8, FAST_I16, FAST_U16, FAST_I32, FAST_U32, FAST_F32, FAST_F64,
  /* slices ([]T, []const T) given typed arrays; parameters only */
  FAST_SLICE_I32, FAST_SLICE_U32, FAST_SLICE_I64, FAST_SLICE_U64, FAST_SLICE_F32, FAST_SLICE_F64,
} fast_kind;

#define FAST_IS_SLICE(k) ((k) >= FAST_SLICE_I32)

typedef struct fast_fn {
  /* The V8 Fast API signature when the exporter made a fast entry. */
  v8c_fast_function cfunction;
  v8c_fast_type ctypes[FAST_MAX_PARAMS + 2];  /* receiver, parameters, options */
  zig_library *lib;
  const zigar_function *fn;
  int argc;
  fast_kind kinds[FAST_MAX_PARAMS];
  uint32_t offsets[FAST_MAX_PARAMS];
  uint32_t len_offsets[FAST_MAX_PARAMS];  /* slices: the len (offsets: the ptr) */
  bool has_slices;
  int ret_kind;               /* -1: void */
  uint32_t ret_offset;
  uint8_t *args;              /* the argument struct, aligned */
  bool busy;
  v8c_persistent *fallback;
} fast_fn;

/* The fast kind of type `index`, or -1. */
static int kind_of(const zigar_module *t, int32_t index) {
  if (index < 0 || (uint32_t)index >= t->type_count) return -1;
  const zigar_type *ty = &t->types[index];
  bool sign = ty->flags & ZIGAR_FLAG_SIGNED;
  switch (ty->kind) {
    case ZIGAR_KIND_BOOL: return FAST_BOOL;
    case ZIGAR_KIND_INT:
      if (ty->bits == 8 && ty->size == 1) return sign ? FAST_I8 : FAST_U8;
      if (ty->bits == 16 && ty->size == 2) return sign ? FAST_I16 : FAST_U16;
      if (ty->bits == 32 && ty->size == 4) return sign ? FAST_I32 : FAST_U32;
      return -1;
    case ZIGAR_KIND_FLOAT:
      if (ty->bits == 32) return FAST_F32;
      if (ty->bits == 64) return FAST_F64;
      return -1;
    default: return -1;
  }
}

/* The fast kind of slice type `index` (a plain []T or []const T of 32- or
 * 64-bit ints or floats), or -1; its ptr and len offsets in *ptr, *len. */
static int slice_kind_of(const zigar_module *t, int32_t index, uint32_t *ptr, uint32_t *len) {
  if (index < 0 || (uint32_t)index >= t->type_count) return -1;
  const zigar_type *ty = &t->types[index];
  if (ty->kind != ZIGAR_KIND_POINTER || !(ty->flags & ZIGAR_FLAG_PTR_SLICE) || ty->size != 16) return -1;
  if (ty->flags & (ZIGAR_FLAG_HAS_SENTINEL | ZIGAR_FLAG_ALLOWZERO)) return -1;
  if (ty->child < 0 || (uint32_t)ty->child >= t->type_count) return -1;
  const zigar_type *e = &t->types[ty->child];
  bool sign = e->flags & ZIGAR_FLAG_SIGNED;
  int k = -1;
  if (e->kind == ZIGAR_KIND_INT && e->bits == 32 && e->size == 4) k = sign ? FAST_SLICE_I32 : FAST_SLICE_U32;
  if (e->kind == ZIGAR_KIND_INT && e->bits == 64 && e->size == 8) k = sign ? FAST_SLICE_I64 : FAST_SLICE_U64;
  if (e->kind == ZIGAR_KIND_FLOAT && e->bits == 32) k = FAST_SLICE_F32;
  if (e->kind == ZIGAR_KIND_FLOAT && e->bits == 64) k = FAST_SLICE_F64;
  if (k < 0) return -1;
  *ptr = 0;
  *len = 8;
  for (uint32_t i = 0; i < ty->member_count; i++) {
    const zigar_member *m = &t->members[ty->member_start + i];
    if (m->name && strcmp(m->name, "ptr") == 0) *ptr = (uint32_t)(m->bit_offset / 8);
    if (m->name && strcmp(m->name, "len") == 0) *len = (uint32_t)(m->bit_offset / 8);
  }
  return k;
}

static bool describe(zig_library *lib, const zigar_function *fn, fast_fn *out) {
  const zigar_module *t = lib->table;
  if (fn->flags & ZIGAR_FN_RETURNS_ERROR_UNION) return false;
  const zigar_type *at = &t->types[fn->args_type];
  out->argc = 0;
  out->ret_kind = -1;
  for (uint32_t i = 0; i < at->member_count; i++) {
    const zigar_member *m = &t->members[at->member_start + i];
    if (!m->name) return false;
    if (strcmp(m->name, "retval") == 0) {
      if (m->type >= 0 && t->types[m->type].kind == ZIGAR_KIND_VOID) continue;
      int k = kind_of(t, m->type);
      if (k < 0) return false;
      out->ret_kind = k;
      out->ret_offset = (uint32_t)(m->bit_offset / 8);
      continue;
    }
    char *end;
    long position = strtol(m->name, &end, 10);
    if (*end != '\0' || position < 0 || position >= FAST_MAX_PARAMS) return false;
    uint32_t offset = (uint32_t)(m->bit_offset / 8), ptr = 0, len = 0;
    int k = kind_of(t, m->type);
    if (k < 0) {
      k = slice_kind_of(t, m->type, &ptr, &len);
      if (k < 0) return false;
      out->has_slices = true;
    }
    out->kinds[position] = (fast_kind)k;
    out->offsets[position] = offset + ptr;
    out->len_offsets[position] = offset + len;
    if (position + 1 > out->argc) out->argc = (int)position + 1;
  }
  return true;
}

/* Shares typed array `v` as a slice of `kind` (ptr at `p`, len at `len`):
 * only a non-empty typed array of exactly the element type whose data is
 * aligned for it, as stdlib-js's fast path (putSlice) does; false for
 * anything else, which the fallback converts (or refuses). */
static bool write_slice(uint8_t *p, uint8_t *len, fast_kind kind, v8c_value v) {
  static const struct { v8c_typed_array_kind ta; size_t size; } elements[] = {
    [FAST_SLICE_I32 - FAST_SLICE_I32] = { V8C_INT32, 4 },
    [FAST_SLICE_U32 - FAST_SLICE_I32] = { V8C_UINT32, 4 },
    [FAST_SLICE_I64 - FAST_SLICE_I32] = { V8C_BIGINT64, 8 },
    [FAST_SLICE_U64 - FAST_SLICE_I32] = { V8C_BIGUINT64, 8 },
    [FAST_SLICE_F32 - FAST_SLICE_I32] = { V8C_FLOAT32, 4 },
    [FAST_SLICE_F64 - FAST_SLICE_I32] = { V8C_FLOAT64, 8 },
  };
  if (!v8c_is_typed_array(v)) return false;
  size_t size = elements[kind - FAST_SLICE_I32].size;
  if (v8c_typed_array_kind_of(v) != elements[kind - FAST_SLICE_I32].ta) return false;
  size_t bytes;
  uint8_t *data = v8c_view_data(v, NULL, NULL, &bytes);
  if (!data || bytes == 0 || (uintptr_t)data % size != 0) return false;
  uintptr_t address = (uintptr_t)data, n = bytes / size;
  memcpy(p, &address, sizeof address);
  memcpy(len, &n, sizeof n);
  return true;
}

/* Writes argument `v` as `kind`; false if it is not a plain, exact value. */
static bool write_arg(uint8_t *p, fast_kind kind, v8c_value v) {
  if (kind == FAST_BOOL) {
    if (!v8c_is_boolean(v)) return false;
    *p = v8c_is_true(v);
    return true;
  }
  if (!v8c_is_number(v)) return false;
  double d = v8c_number_value(v);
  switch (kind) {
    case FAST_F64: memcpy(p, &d, 8); return true;
    case FAST_F32: { float f = (float)d; memcpy(p, &f, 4); return true; }
    default: break;
  }
  if (d != floor(d)) return false;
  switch (kind) {
    case FAST_I8: if (d < -128 || d > 127) return false; *(int8_t *)p = (int8_t)d; return true;
    case FAST_U8: if (d < 0 || d > 255) return false; *p = (uint8_t)d; return true;
    case FAST_I16: if (d < -32768 || d > 32767) return false; { int16_t x = (int16_t)d; memcpy(p, &x, 2); } return true;
    case FAST_U16: if (d < 0 || d > 65535) return false; { uint16_t x = (uint16_t)d; memcpy(p, &x, 2); } return true;
    case FAST_I32: if (d < -2147483648.0 || d > 2147483647.0) return false; { int32_t x = (int32_t)d; memcpy(p, &x, 4); } return true;
    case FAST_U32: if (d < 0 || d > 4294967295.0) return false; { uint32_t x = (uint32_t)d; memcpy(p, &x, 4); } return true;
    default: return false;
  }
}

static v8c_value read_result(v8c_isolate *iso, const uint8_t *p, int kind) {
  switch (kind) {
    case -1: return v8c_undefined(iso);
    case FAST_BOOL: return v8c_boolean(iso, *p != 0);
    case FAST_I8: return v8c_int32(iso, *(const int8_t *)p);
    case FAST_U8: return v8c_int32(iso, *p);
    case FAST_I16: { int16_t x; memcpy(&x, p, 2); return v8c_int32(iso, x); }
    case FAST_U16: { uint16_t x; memcpy(&x, p, 2); return v8c_int32(iso, x); }
    case FAST_I32: { int32_t x; memcpy(&x, p, 4); return v8c_int32(iso, x); }
    case FAST_U32: { uint32_t x; memcpy(&x, p, 4); return v8c_uint32(iso, x); }
    case FAST_F32: { float x; memcpy(&x, p, 4); return v8c_number(iso, x); }
    default: { double x; memcpy(&x, p, 8); return v8c_number(iso, x); }
  }
}

/* V8 Fast API types for a fast entry's signature (receiver first), or NULL
 * when the function has no fast entry or a type V8 cannot pass. */

/* V8's fast calls convert arguments themselves: ints are truncated and
 * wrapped, bools are any truthy value. That is SPEC A2's behaviour only in
 * ReleaseFast/ReleaseSmall; in Debug and ReleaseSafe a fraction or an
 * out-of-range value must throw, so those modules keep the classic
 * callback, which checks exactly (and defers to stdlib-js for the error).
 * A library that may print is excluded too: a fast call cannot run JS, so
 * its output would bypass console.log. */
static bool fast_api_allowed(zig_library *lib) {
  const char *mode = lib->table->optimize ? lib->table->optimize : "Debug";
  if (strcmp(mode, "ReleaseFast") != 0 && strcmp(mode, "ReleaseSmall") != 0) return false;
  return !zr_zig_output_may_print(lib->dl);
}

/* The signature of Zig's fast entry (stdlib-zig/thunks.zig, fastEntry),
 * which must map each parameter to the same V8 type: scalars as
 * themselves, slices as typed arrays of their element type, and then, when
 * there are slices, the options (the entry asks for the classic callback
 * when a typed array's data is misaligned). */
static const v8c_fast_function *fast_signature(fast_fn *f) {
  if (!f->fn->fast_entry || !fast_api_allowed(f->lib)) return NULL;
  static const v8c_fast_type map[] = {
    [FAST_BOOL] = V8C_FAST_BOOL, [FAST_I32] = V8C_FAST_INT32, [FAST_U32] = V8C_FAST_UINT32,
    [FAST_F32] = V8C_FAST_FLOAT32, [FAST_F64] = V8C_FAST_FLOAT64,
    [FAST_SLICE_I32] = V8C_FAST_INT32_ARRAY, [FAST_SLICE_U32] = V8C_FAST_UINT32_ARRAY,
    [FAST_SLICE_I64] = V8C_FAST_INT64_ARRAY, [FAST_SLICE_U64] = V8C_FAST_UINT64_ARRAY,
    [FAST_SLICE_F32] = V8C_FAST_FLOAT32_ARRAY, [FAST_SLICE_F64] = V8C_FAST_FLOAT64_ARRAY,
  };
  f->ctypes[0] = V8C_FAST_RECEIVER;
  for (int i = 0; i < f->argc; i++) {
    fast_kind k = f->kinds[i];
    if (k != FAST_BOOL && k != FAST_I32 && k != FAST_U32 && k != FAST_F32 && k != FAST_F64 && !FAST_IS_SLICE(k))
      return NULL;
    f->ctypes[i + 1] = map[k];
  }
  int r = f->ret_kind;
  if (r >= 0 && r != FAST_BOOL && r != FAST_I32 && r != FAST_U32 && r != FAST_F32 && r != FAST_F64) return NULL;
  int argc = f->argc + 1;
  if (f->has_slices) f->ctypes[argc++] = V8C_FAST_OPTIONS;
  f->cfunction.address = f->fn->fast_entry;
  f->cfunction.result = r < 0 ? V8C_FAST_VOID : map[r];
  f->cfunction.argc = argc;
  f->cfunction.args = f->ctypes;
  return &f->cfunction;
}

static v8c_value call_fallback(v8c_callinfo *info, fast_fn *f) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  int argc = v8c_callinfo_argc(info);
  v8c_value argv_small[FAST_MAX_PARAMS];
  v8c_value *argv = argc <= FAST_MAX_PARAMS ? argv_small : zr_xmalloc((size_t)argc * sizeof *argv);
  for (int i = 0; i < argc; i++) argv[i] = v8c_callinfo_arg(info, i);
  v8c_value result = v8c_call(ctx, v8c_persistent_get(iso, f->fallback), v8c_callinfo_this(info), argc, argv);
  if (argv != argv_small) free(argv);
  return result;
}

static v8c_value fast_callback(v8c_callinfo *info) {
  fast_fn *f = v8c_callinfo_data(info);
  if (f->busy || f->lib->abandoned || v8c_callinfo_argc(info) != f->argc) return call_fallback(info, f);
  for (int i = 0; i < f->argc; i++) {
    v8c_value v = v8c_callinfo_arg(info, i);
    bool ok = FAST_IS_SLICE(f->kinds[i])
                  ? write_slice(f->args + f->offsets[i], f->args + f->len_offsets[i], f->kinds[i], v)
                  : write_arg(f->args + f->offsets[i], f->kinds[i], v);
    if (!ok) return call_fallback(info, f);
  }
  v8c_context ctx = v8c_callinfo_context(info);
  f->busy = true;
  bool ok = zr_zig_invoke(ctx, f->fn, f->args, NULL);
  f->busy = false;
  if (!ok) return NULL;
  return read_result(v8c_callinfo_isolate(info), f->args + f->ret_offset, f->ret_kind);
}

/* Arguments 0 and 1 of the natives here: a library handle and the index of
 * one of its functions. The function, or NULL with an exception pending. */
static const zigar_function *function_args(v8c_callinfo *info, zig_library **lib_out) {
  v8c_context ctx = v8c_callinfo_context(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  int32_t index;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &index)) return NULL;
  if (index < 0 || (uint32_t)index >= lib->table->function_count) {
    v8c_throw_range_error(ctx, "No function %d in %s", index, lib->table->name);
    return NULL;
  }
  *lib_out = lib;
  return &lib->table->functions[index];
}

static v8c_value native_zig_fast_function(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib;
  const zigar_function *fn = function_args(info, &lib);
  if (!fn) return NULL;
  v8c_value fallback = v8c_callinfo_arg(info, 2);
  if (!v8c_is_function(fallback)) return v8c_throw_type_error(ctx, "zigFastFunction: fallback must be a function");
  fast_fn desc = { 0 };
  if (!describe(lib, fn, &desc)) return v8c_undefined(iso);
  /* Lives as long as the library: functions are never unloaded. */
  fast_fn *f = zr_xcalloc(1, sizeof *f);
  *f = desc;
  f->lib = lib;
  f->fn = fn;
  /* Slices only with the Fast API: otherwise stdlib-js's function is as fast. */
  const v8c_fast_function *signature = fast_signature(f);
  if (f->has_slices && !signature) {
    free(f);
    return v8c_undefined(iso);
  }
  const zigar_type *at = &lib->table->types[fn->args_type];
  size_t align = at->alignment < 16 ? 16 : at->alignment;
  size_t size = (at->size + align - 1) / align * align;
  f->args = aligned_alloc(align, size ? size : align);
  CHECK(f->args != NULL);
  memset(f->args, 0, size ? size : align);
  f->fallback = v8c_persistent_new(iso, fallback);
  v8c_function_template *tmpl =
      v8c_function_template_new(iso, fn->name, f->argc, fast_callback, f, signature);
  return v8c_function_template_instantiate(ctx, tmpl);
}

/* ---- the general path's invoker ------------------------------------------------
 *
 * native: zigInvoker(handle, fnIndex, argsView, inputsView, ops) → [invoke, id],
 * or undefined when the function cannot have one.
 *
 * stdlib-js writes the arguments of any signature into the function's
 * argument struct (`argsView`, a JS buffer it owns and reuses for every call)
 * and then calls `invoke(id)`, which runs the thunk on those bytes. Optimised
 * code calls it through V8's Fast API (an int32 in, an int32 out).
 *
 * Pointer-sized values are not written by JS: it puts addresses and lengths,
 * as doubles, into `inputsView` (a Float64Array), and `ops` (an array of
 * [op, input, offset, extra] quadruples) tells invoke what to do with them
 * before the thunk runs:
 *   OP_POINTER  usize at `offset` = inputs[input]
 *   OP_SLICE    usize at `offset` = inputs[input], usize at `extra` = inputs[input + 1]
 *   OP_COPY     `extra` bytes at `offset` = the bytes at address inputs[input]
 * Zig then reads whole words that C stored whole (two 4-byte JS stores read
 * as one 8-byte load stall the CPU), and a by-value struct is one memcpy.
 *
 * invoke returns 0; 1 when the module was abandoned; 2 when it did not run
 * because JS might have to run during the call (see below): the caller then
 * calls `invokeClassic(id)`, the same without the Fast API, which never
 * returns 2. The returned array is [invoke, id, invokeClassic].
 *
 * A fast call must not run JS or allocate on the JS heap. So:
 * - functions whose argument struct has allocator fields (the JS allocator
 *   makes ArrayBuffers) get no invoker; they keep natives.zigCall;
 * - in a library that imports write() and friends (Zig output goes to
 *   console.log, zig_output.c), `invoke` is `invokeClassic`;
 * - while any JS function pointer is alive (zig_closures.c), Zig may call
 *   JS: the fast entry returns 2. */

enum { OP_POINTER = 1, OP_SLICE = 2, OP_COPY = 3 };

typedef struct invoke_op {
  int32_t op, input;
  uint32_t offset, extra;
} invoke_op;

typedef struct invoker {
  zig_library *lib;
  const zigar_function *fn;
  uint8_t *args;          /* the argument struct's bytes (a JS buffer) */
  const double *inputs;   /* addresses and lengths from JS */
  size_t input_count;
  invoke_op *ops;
  int op_count;
  v8c_persistent *keep_args, *keep_inputs;  /* those buffers' views, kept alive */
  uint32_t ret_offset, ret_size;  /* the return slot, zeroed before each call */
} invoker;

static invoker *invokers;
static int32_t invoker_count, invoker_cap;
static v8c_function_template *invoke_template, *invoke_classic_template;
static v8c_fast_function invoke_cfunction;
static const v8c_fast_type invoke_ctypes[] = { V8C_FAST_RECEIVER, V8C_FAST_INT32 };

static void store_usize(uint8_t *p, double d) {
  uintptr_t u = (uintptr_t)d;
  memcpy(p, &u, sizeof u);
}

/* Copies a by-value argument. Short ones word by word: Zig reads them a
 * field at a time, and a field that straddles two halves of one vector store
 * cannot be forwarded from the store buffer (a stall of ~15 cycles). */
static void copy_value(uint8_t *dst, const uint8_t *src, size_t n) {
  if (n <= 64 && n % 8 == 0) {
    for (size_t i = 0; i < n; i += 8) {
      uint64_t w;
      memcpy(&w, src + i, 8);
      memcpy(dst + i, &w, 8);
      __asm__("" ::: "memory"); /* keep the 8-byte stores (no vectorising) */
    }
    return;
  }
  memcpy(dst, src, n);
}

static void zero_slot(uint8_t *p, uint32_t n) {
  static const uint64_t zero = 0;
  switch (n) {
    case 0: return;
    case 1: *p = 0; return;
    case 2: memcpy(p, &zero, 2); return;
    case 4: memcpy(p, &zero, 4); return;
    case 8: memcpy(p, &zero, 8); return;
    default: memset(p, 0, n); return;
  }
}

/* Everything but the thunk: the ops, then the zeroed return slot. */
static void invoke_prepare(invoker *v) {
  for (int i = 0; i < v->op_count; i++) {
    const invoke_op *o = &v->ops[i];
    const double *in = v->inputs + o->input;
    switch (o->op) {
      case OP_POINTER: store_usize(v->args + o->offset, in[0]); break;
      case OP_SLICE:
        store_usize(v->args + o->offset, in[0]);
        store_usize(v->args + o->extra, in[1]);
        break;
      case OP_COPY: copy_value(v->args + o->offset, (const uint8_t *)(uintptr_t)in[0], o->extra); break;
      default: break;
    }
  }
  zero_slot(v->args + v->ret_offset, v->ret_size);
}

static int32_t invoke_fast(void *receiver, int32_t id) {
  (void)receiver;
  if (id < 0 || id >= invoker_count) return 1;
  invoker *v = &invokers[id];
  if (v->lib->abandoned) return 1;
  if (zr_zig_closures_live() != 0) return 2;
  invoke_prepare(v);
  v->fn->thunk(v->args);
  return 0;
}

static bool may_print(zig_library *lib) {
  return zr_zig_output_may_print(lib->dl);
}

static v8c_value invoke_callback(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  int32_t id;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 0), &id)) return NULL;
  if (id < 0 || id >= invoker_count) return v8c_throw_range_error(ctx, "zigInvoker: no invoker %d", id);
  invoker *v = &invokers[id];
  if (v->lib->abandoned) return v8c_int32(iso, 1);
  invoke_prepare(v);
  if (!zr_zig_invoke(ctx, v->fn, v->args, NULL)) return NULL;
  return v8c_int32(iso, 0);
}

/* The return slot of `fn`'s argument struct; false when the struct has
 * allocator fields (no invoker for those). */
static bool invoker_layout(const zigar_module *t, const zigar_function *fn, invoker *v) {
  const zigar_type *at = &t->types[fn->args_type];
  v->ret_offset = v->ret_size = 0;
  /* A module that can receive JS functions may call JS from any function
   * (zig_closures.c), which a Fast API call must never do. */
  if (t->callback_count > 0) return false;
  for (uint32_t i = 0; i < at->member_count; i++) {
    const zigar_member *m = &t->members[at->member_start + i];
    if (m->type < 0 || (uint32_t)m->type >= t->type_count) continue;
    if (t->types[m->type].kind == ZIGAR_KIND_ALLOCATOR) return false;
    if (m->name && strcmp(m->name, "retval") == 0) {
      v->ret_offset = (uint32_t)(m->bit_offset / 8);
      v->ret_size = (uint32_t)t->types[m->type].size;
    }
  }
  return true;
}

/* Reads the ops array into v->ops, checked against the struct and inputs. */
static bool read_ops(v8c_context ctx, v8c_value list, size_t args_size, invoker *v) {
  if (!v8c_is_array(list)) {
    v8c_throw_type_error(ctx, "zigInvoker: ops must be an array");
    return false;
  }
  uint32_t n = v8c_array_length(list);
  if (n % 4 != 0) {
    v8c_throw_range_error(ctx, "zigInvoker: ops must be quadruples");
    return false;
  }
  v->op_count = (int)(n / 4);
  v->ops = v->op_count ? zr_xcalloc((size_t)v->op_count, sizeof *v->ops) : NULL;
  for (int i = 0; i < v->op_count; i++) {
    int32_t q[4];
    for (int k = 0; k < 4; k++) {
      v8c_value x = v8c_get_index(ctx, list, (uint32_t)(i * 4 + k));
      if (!x || !v8c_to_int32(ctx, x, &q[k])) return false;
    }
    invoke_op *o = &v->ops[i];
    *o = (invoke_op){ q[0], q[1], (uint32_t)q[2], (uint32_t)q[3] };
    size_t inputs_needed = (size_t)q[1] + (q[0] == OP_SLICE ? 2 : 1);
    size_t end = q[0] == OP_COPY ? (size_t)o->offset + o->extra : (size_t)o->offset + sizeof(uintptr_t);
    bool ok = (q[0] == OP_POINTER || q[0] == OP_SLICE || q[0] == OP_COPY) && q[1] >= 0 && q[2] >= 0 && q[3] >= 0 &&
              inputs_needed <= v->input_count && end <= args_size &&
              (q[0] != OP_SLICE || (size_t)o->extra + sizeof(uintptr_t) <= args_size);
    if (!ok) {
      v8c_throw_range_error(ctx, "zigInvoker: op %d does not fit the argument struct", i);
      return false;
    }
  }
  return true;
}

static v8c_value native_zig_invoker(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib;
  const zigar_function *fn = function_args(info, &lib);
  if (!fn) return NULL;
  v8c_value view = v8c_callinfo_arg(info, 2);
  v8c_value inputs = v8c_callinfo_arg(info, 3);
  if (!v8c_is_array_buffer_view(view) || !v8c_is_array_buffer_view(inputs))
    return v8c_throw_type_error(ctx, "zigInvoker: the arguments and inputs must be DataViews or typed arrays");
  invoker v = { 0 };
  if (!invoker_layout(lib->table, fn, &v)) return v8c_undefined(iso);
  size_t len, input_bytes;
  uint8_t *args = v8c_view_data(view, NULL, NULL, &len);
  const zigar_type *at = &lib->table->types[fn->args_type];
  if (len < at->size)
    return v8c_throw_range_error(ctx, "zigInvoker: argument struct of %zu bytes, expected %llu", len,
                                 (unsigned long long)at->size);
  if (at->size > 0 && (args == NULL || (uintptr_t)args % (at->alignment ? at->alignment : 1) != 0))
    return v8c_undefined(iso);
  double *in = v8c_view_data(inputs, NULL, NULL, &input_bytes);
  if (input_bytes > 0 && (uintptr_t)in % sizeof(double) != 0) return v8c_undefined(iso);
  static double no_inputs[1];
  v.inputs = input_bytes ? in : no_inputs;
  v.input_count = input_bytes / sizeof(double);
  if (!read_ops(ctx, v8c_callinfo_arg(info, 4), at->size, &v)) {
    free(v.ops);
    return NULL;
  }
  static _Alignas(16) uint8_t empty_args[16];
  v.lib = lib;
  v.fn = fn;
  v.args = at->size > 0 ? args : empty_args;
  v.keep_args = v8c_persistent_new(iso, view);
  v.keep_inputs = v8c_persistent_new(iso, inputs);
  if (invoker_count == invoker_cap) {
    invoker_cap = invoker_cap ? invoker_cap * 2 : 16;
    invokers = zr_xrealloc(invokers, (size_t)invoker_cap * sizeof *invokers);
  }
  int32_t id = invoker_count++;
  invokers[id] = v;
  if (!invoke_template) {
    invoke_cfunction = (v8c_fast_function){
      .address = (const void *)invoke_fast, .result = V8C_FAST_INT32, .argc = 2, .args = invoke_ctypes,
    };
    invoke_template = v8c_function_template_new(iso, "invoke", 1, invoke_callback, NULL, &invoke_cfunction);
    invoke_classic_template = v8c_function_template_new(iso, "invokeClassic", 1, invoke_callback, NULL, NULL);
  }
  v8c_value classic = v8c_function_template_instantiate(ctx, invoke_classic_template);
  v8c_value f = may_print(lib) ? classic : v8c_function_template_instantiate(ctx, invoke_template);
  if (!f || !classic) return NULL;
  v8c_value items[3] = { f, v8c_int32(iso, id), classic };
  return v8c_array_from(ctx, 3, items);
}

/* ---- direct entries -------------------------------------------------------------
 *
 * native: zigDirect(handle, fnIndex) → a function, or undefined when the
 * function has no direct entry (zig_abi.h, zigar_function.direct_entry) or
 * may not use it (the Fast API policy: fast_api_allowed).
 *
 * The fast general path's C half for the signatures it suits best: numbers,
 * structs/unions/arrays/vectors by value (no pointers inside) and single-item
 * pointers, with a number or nothing as the result. stdlib-js's entry checks
 * every argument as it would for the invoker and then calls this function
 * with the numbers themselves and, for by-value arguments and pointers, the
 * address of the data object's bytes (a double). Optimised code reaches
 * Zig's direct entry through the Fast API, which copies a by-value argument
 * straight from those bytes and returns the result as the C result: no
 * argument struct, no ops, no inputs array, no DataView read afterwards
 * (sumPoint(Point): 18 → ~8 ns). Anything else runs the classic callback
 * below, which does the same through an argument struct of its own and the
 * thunk, with Zig's output redirected and callbacks allowed — also when the
 * direct entry's stop flags are up (the module was abandoned, or a JS
 * function pointer may be alive so Zig might call JS: invoke_fast's status
 * 2).
 *
 * The function trusts its arguments (any address is read): it is never
 * user-visible; stdlib-js/zig_call.js keeps it private and passes only
 * addresses of live JS memory of the right size and alignment.
 *
 * The C signature comes from two sides: Zig's (zigar_function.direct_signature)
 * and ours, read from the argument struct's metadata. Any disagreement means
 * no direct function (the invoker then serves the call). */

#define DIRECT_MAX_PARAMS 8

enum { DIRECT_NUMBER, DIRECT_COPY, DIRECT_POINTER };

typedef struct direct_fn {
  v8c_fast_function cfunction;
  v8c_fast_type ctypes[DIRECT_MAX_PARAMS + 2];  /* receiver, parameters, options */
  zig_library *lib;
  const zigar_function *fn;
  int argc;
  uint8_t how[DIRECT_MAX_PARAMS];        /* DIRECT_* */
  fast_kind kinds[DIRECT_MAX_PARAMS];    /* DIRECT_NUMBER: the number's kind */
  uint32_t offsets[DIRECT_MAX_PARAMS];   /* in the argument struct */
  uint32_t sizes[DIRECT_MAX_PARAMS];     /* DIRECT_COPY: bytes */
  int ret_kind;                          /* -1: void */
  uint32_t ret_offset;
  size_t args_size, args_align;
} direct_fn;

/* Calls of direct functions that went through the classic callback
 * (__zigar.stats().directClassicCalls): tests compare it between
 * unoptimised and optimised call sites to see the fast entry taken. */
static double direct_classic_calls;

/* zigar_direct_host.global_stop points at zig_closures.c's count of live JS
 * function pointers: non-zero while Zig might call JS, which a fast call
 * must never do. The invoker asks zr_zig_closures_live() instead, but a
 * call from the direct entry into the runtime costs 2 ns of sumPoint's 9.6
 * (measured), a load nothing. */

/* The signature letter of fast kind `k` (zig_abi.h, direct_signature). */
static char direct_letter(int k) {
  static const char letters[] = {
    [FAST_BOOL] = 'b', [FAST_I8] = 'c', [FAST_U8] = 'C', [FAST_I16] = 's', [FAST_U16] = 'S',
    [FAST_I32] = 'i', [FAST_U32] = 'I', [FAST_F32] = 'f', [FAST_F64] = 'd',
  };
  return k < 0 ? 'x' : letters[k];
}

static v8c_fast_type direct_ctype(int k) {
  switch (k) {
    case -1: return V8C_FAST_VOID;
    case FAST_BOOL: return V8C_FAST_BOOL;
    case FAST_I8: case FAST_I16: case FAST_I32: return V8C_FAST_INT32;
    case FAST_U8: case FAST_U16: case FAST_U32: return V8C_FAST_UINT32;
    case FAST_F32: return V8C_FAST_FLOAT32;
    default: return V8C_FAST_FLOAT64;
  }
}

/* Reads the argument struct of `fn` into *d; false when some parameter or
 * the result cannot go through a direct entry, or Zig's signature differs. */
static bool direct_describe(const zigar_module *t, const zigar_function *fn, direct_fn *d) {
  if (!fn->direct_entry || !fn->direct_signature) return false;
  if (fn->flags & ZIGAR_FN_RETURNS_ERROR_UNION) return false;
  const zigar_type *at = &t->types[fn->args_type];
  char sig[DIRECT_MAX_PARAMS + 3];
  bool seen[DIRECT_MAX_PARAMS] = { false };
  d->argc = 0;
  d->ret_kind = -1;
  for (uint32_t i = 0; i < at->member_count; i++) {
    const zigar_member *m = &t->members[at->member_start + i];
    if (!m->name || m->type < 0 || (uint32_t)m->type >= t->type_count) return false;
    const zigar_type *ty = &t->types[m->type];
    uint32_t offset = (uint32_t)(m->bit_offset / 8);
    if (strcmp(m->name, "retval") == 0) {
      if (ty->kind == ZIGAR_KIND_VOID) continue;
      int k = kind_of(t, m->type);
      if (k < 0) return false;
      d->ret_kind = k;
      d->ret_offset = offset;
      continue;
    }
    char *end;
    long position = strtol(m->name, &end, 10);
    if (*end != '\0' || position < 0 || position >= DIRECT_MAX_PARAMS || seen[position]) return false;
    seen[position] = true;
    int k = kind_of(t, m->type);
    if (k >= 0) {
      d->how[position] = DIRECT_NUMBER;
      d->kinds[position] = (fast_kind)k;
    } else if ((ty->kind == ZIGAR_KIND_STRUCT || ty->kind == ZIGAR_KIND_UNION || ty->kind == ZIGAR_KIND_ARRAY ||
                ty->kind == ZIGAR_KIND_VECTOR) && ty->size > 0 && ty->size <= UINT32_MAX) {
      d->how[position] = DIRECT_COPY;
      d->sizes[position] = (uint32_t)ty->size;
    } else if (ty->kind == ZIGAR_KIND_POINTER && (ty->flags & ZIGAR_FLAG_PTR_ONE) && ty->size == sizeof(void *)) {
      d->how[position] = DIRECT_POINTER;
    } else {
      return false;
    }
    d->offsets[position] = offset;
    if (position + 1 > d->argc) d->argc = (int)position + 1;
  }
  int n = 0;
  for (int i = 0; i < d->argc; i++) {
    if (!seen[i]) return false;
    sig[n++] = d->how[i] == DIRECT_NUMBER ? direct_letter(d->kinds[i]) : d->how[i] == DIRECT_COPY ? 'v' : 'p';
  }
  sig[n++] = ':';
  sig[n++] = direct_letter(d->ret_kind);
  sig[n] = '\0';
  if (strcmp(sig, fn->direct_signature) != 0) return false;
  d->args_size = at->size;
  d->args_align = at->alignment < 16 ? 16 : at->alignment;
  d->ctypes[0] = V8C_FAST_RECEIVER;
  for (int i = 0; i < d->argc; i++)
    d->ctypes[i + 1] = d->how[i] == DIRECT_NUMBER ? direct_ctype(d->kinds[i]) : V8C_FAST_FLOAT64;
  d->ctypes[d->argc + 1] = V8C_FAST_OPTIONS;
  d->cfunction = (v8c_fast_function){
    .address = fn->direct_entry, .result = direct_ctype(d->ret_kind), .argc = d->argc + 2, .args = d->ctypes,
  };
  return true;
}

/* An address stdlib-js passed: a positive integral number. */
static bool address_arg(v8c_value v, uintptr_t *out) {
  if (!v8c_is_number(v)) return false;
  double a = v8c_number_value(v);
  if (!(a > 0 && a < 9007199254740992.0) || a != floor(a)) return false;
  *out = (uintptr_t)a;
  return true;
}

/* The classic callback: unoptimised callers, and fast calls the stop flags
 * sent here. The same as Zig's direct entry, through an argument struct of this
 * call's own (a re-entering call gets another) and the thunk. */
static v8c_value direct_callback(v8c_callinfo *info) {
  direct_fn *d = v8c_callinfo_data(info);
  v8c_context ctx = v8c_callinfo_context(info);
  direct_classic_calls++;
  if (d->lib->abandoned) return v8c_throw_error(ctx, "Module was abandoned");
  if (v8c_callinfo_argc(info) != d->argc) return v8c_throw_type_error(ctx, "zigDirect: %d arguments expected", d->argc);
  _Alignas(16) uint8_t small[256];
  bool heap = d->args_size > sizeof small || d->args_align > 16;
  size_t size = (d->args_size + d->args_align - 1) / d->args_align * d->args_align;
  uint8_t *args = heap ? aligned_alloc(d->args_align, size) : small;
  CHECK(args != NULL);
  memset(args, 0, heap ? size : d->args_size);
  for (int i = 0; i < d->argc; i++) {
    v8c_value v = v8c_callinfo_arg(info, i);
    uint8_t *p = args + d->offsets[i];
    uintptr_t address = 0;
    bool ok = d->how[i] == DIRECT_NUMBER ? write_arg(p, d->kinds[i], v) : address_arg(v, &address);
    if (!ok) {
      if (heap) free(args);
      return v8c_throw_type_error(ctx, "zigDirect: bad argument %d", i);
    }
    if (d->how[i] == DIRECT_COPY) copy_value(p, (const uint8_t *)address, d->sizes[i]);
    if (d->how[i] == DIRECT_POINTER) memcpy(p, &address, sizeof address);
  }
  v8c_value result = NULL;
  if (zr_zig_invoke(ctx, d->fn, args, NULL))
    result = read_result(v8c_callinfo_isolate(info), args + d->ret_offset, d->ret_kind);
  if (heap) free(args);
  return result;
}

static v8c_value native_zig_direct(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib;
  const zigar_function *fn = function_args(info, &lib);
  if (!fn) return NULL;
  zigar_direct_host *host = lib->table->direct_host;
  /* The module's own checks (no allocators, no callback types) are the
   * invoker's; printing libraries and Debug/ReleaseSafe are the Fast API's. */
  invoker layout;
  if (!host || !fast_api_allowed(lib) || !invoker_layout(lib->table, fn, &layout)) return v8c_undefined(iso);
  direct_fn desc = { 0 };
  if (!direct_describe(lib->table, fn, &desc)) return v8c_undefined(iso);
  /* Lives as long as the library, like fast_fn. */
  direct_fn *d = zr_xcalloc(1, sizeof *d);
  *d = desc;
  d->cfunction.args = d->ctypes;
  d->lib = lib;
  d->fn = fn;
  /* Before any entry can run. (lib->abandoned is a bool: one byte.) */
  _Static_assert(sizeof lib->abandoned == 1, "zig_library.abandoned is the module's stop byte");
  host->module_stop = (const uint8_t *)&lib->abandoned;
  host->global_stop = zr_zig_closures_live_count();
  v8c_function_template *tmpl = v8c_function_template_new(iso, fn->name, d->argc, direct_callback, d, &d->cfunction);
  return v8c_function_template_instantiate(ctx, tmpl);
}

static v8c_value native_zig_direct_stats(v8c_callinfo *info) {
  return v8c_number(v8c_callinfo_isolate(info), direct_classic_calls);
}

const zr_native zr_zig_fast_natives[] = {
  { "zigFastFunction", native_zig_fast_function, 3 },
  { "zigInvoker", native_zig_invoker, 5 },
  { "zigDirect", native_zig_direct, 2 },
  { "zigDirectClassicCalls", native_zig_direct_stats, 0 },
  { NULL, NULL, 0 },
};
