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
 * native: zigFastFunction(handle, fnIndex, fallback) → a function, or
 * undefined when the signature is not eligible.
 */
#include <math.h>
#include <string.h>

#include "check.h"
#include "natives.h"
#include "zig_library.h"

#define FAST_MAX_PARAMS 12

typedef enum {
  FAST_BOOL, FAST_I8, FAST_U8, FAST_I16, FAST_U16, FAST_I32, FAST_U32, FAST_F32, FAST_F64,
} fast_kind;

typedef struct fast_fn {
  /* The V8 Fast API signature when the exporter made a fast entry. */
  v8c_fast_function cfunction;
  v8c_fast_type ctypes[FAST_MAX_PARAMS + 1];
  zig_library *lib;
  const zigar_function *fn;
  int argc;
  fast_kind kinds[FAST_MAX_PARAMS];
  uint32_t offsets[FAST_MAX_PARAMS];
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
    int k = kind_of(t, m->type);
    if (k < 0) return false;
    out->kinds[position] = (fast_kind)k;
    out->offsets[position] = (uint32_t)(m->bit_offset / 8);
    if (position + 1 > out->argc) out->argc = (int)position + 1;
  }
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
static const v8c_fast_function *fast_signature(fast_fn *f) {
  if (!f->fn->fast_entry) return NULL;
  static const v8c_fast_type map[] = {
    [FAST_BOOL] = V8C_FAST_BOOL, [FAST_I32] = V8C_FAST_INT32, [FAST_U32] = V8C_FAST_UINT32,
    [FAST_F32] = V8C_FAST_FLOAT32, [FAST_F64] = V8C_FAST_FLOAT64,
  };
  f->ctypes[0] = V8C_FAST_RECEIVER;
  for (int i = 0; i < f->argc; i++) {
    fast_kind k = f->kinds[i];
    if (k != FAST_BOOL && k != FAST_I32 && k != FAST_U32 && k != FAST_F32 && k != FAST_F64) return NULL;
    f->ctypes[i + 1] = map[k];
  }
  int r = f->ret_kind;
  if (r >= 0 && r != FAST_BOOL && r != FAST_I32 && r != FAST_U32 && r != FAST_F32 && r != FAST_F64) return NULL;
  f->cfunction.address = f->fn->fast_entry;
  f->cfunction.result = r < 0 ? V8C_FAST_VOID : map[r];
  f->cfunction.argc = f->argc + 1;
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
    if (!write_arg(f->args + f->offsets[i], f->kinds[i], v8c_callinfo_arg(info, i))) return call_fallback(info, f);
  }
  v8c_context ctx = v8c_callinfo_context(info);
  f->busy = true;
  bool ok = zr_zig_invoke(ctx, f->fn, f->args, NULL);
  f->busy = false;
  if (!ok) return NULL;
  return read_result(v8c_callinfo_isolate(info), f->args + f->ret_offset, f->ret_kind);
}

static v8c_value native_zig_fast_function(v8c_callinfo *info) {
  v8c_context ctx = v8c_callinfo_context(info);
  v8c_isolate *iso = v8c_callinfo_isolate(info);
  zig_library *lib = zr_zig_library_arg(info, 0);
  if (!lib) return NULL;
  int32_t index;
  if (!v8c_to_int32(ctx, v8c_callinfo_arg(info, 1), &index)) return NULL;
  if (index < 0 || (uint32_t)index >= lib->table->function_count)
    return v8c_throw_range_error(ctx, "No function %d in %s", index, lib->table->name);
  v8c_value fallback = v8c_callinfo_arg(info, 2);
  if (!v8c_is_function(fallback)) return v8c_throw_type_error(ctx, "zigFastFunction: fallback must be a function");
  const zigar_function *fn = &lib->table->functions[index];
  fast_fn desc = { 0 };
  if (!describe(lib, fn, &desc)) return v8c_undefined(iso);
  /* Lives as long as the library: functions are never unloaded. */
  fast_fn *f = zr_xcalloc(1, sizeof *f);
  *f = desc;
  f->lib = lib;
  f->fn = fn;
  const zigar_type *at = &lib->table->types[fn->args_type];
  size_t align = at->alignment < 16 ? 16 : at->alignment;
  size_t size = (at->size + align - 1) / align * align;
  f->args = aligned_alloc(align, size ? size : align);
  CHECK(f->args != NULL);
  memset(f->args, 0, size ? size : align);
  f->fallback = v8c_persistent_new(iso, fallback);
  v8c_function_template *tmpl =
      v8c_function_template_new(iso, fn->name, f->argc, fast_callback, f, fast_signature(f));
  return v8c_function_template_instantiate(ctx, tmpl);
}

const zr_native zr_zig_fast_natives[] = {
  { "zigFastFunction", native_zig_fast_function, 3 },
  { NULL, NULL, 0 },
};
