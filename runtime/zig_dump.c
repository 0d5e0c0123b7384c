/*
 * zig_dump.c — render a zigar_module table as JSON (zig_dump.h).
 *
 * Reading the table the way the loader does, but printing everything, makes
 * this the debugging view of the bridge ABI: what the Zig exporter claimed
 * about each type, before any JavaScript sees it. It is also where the C
 * side pins the ABI's struct layout: the _Static_asserts below state the
 * same sizes and offsets that stdlib-zig/abi.zig asserts, so a change on
 * one side that is not made on the other fails the build of both.
 *
 * The table comes from a library we built ourselves, but indices are still
 * range-checked before use: a broken exporter should print a broken table,
 * not crash the dump that is meant to diagnose it.
 */
#include "zig_dump.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ABI layout, mirrored in stdlib-zig/abi.zig ---------------------------- */

#if UINTPTR_MAX == 0xffffffffffffffffu
_Static_assert(sizeof(zigar_type) == 80, "zigar_type size");
_Static_assert(offsetof(zigar_type, name) == 8, "zigar_type.name");
_Static_assert(offsetof(zigar_type, size) == 16, "zigar_type.size");
_Static_assert(offsetof(zigar_type, child) == 32, "zigar_type.child");
_Static_assert(offsetof(zigar_type, length) == 40, "zigar_type.length");
_Static_assert(offsetof(zigar_type, member_start) == 48, "zigar_type.member_start");
_Static_assert(offsetof(zigar_type, sentinel) == 64, "zigar_type.sentinel");
_Static_assert(offsetof(zigar_type, offset_a) == 72, "zigar_type.offset_a");
_Static_assert(offsetof(zigar_type, offset_b) == 76, "zigar_type.offset_b");

_Static_assert(sizeof(zigar_member) == 48, "zigar_member size");
_Static_assert(offsetof(zigar_member, type) == 8, "zigar_member.type");
_Static_assert(offsetof(zigar_member, flags) == 12, "zigar_member.flags");
_Static_assert(offsetof(zigar_member, bit_offset) == 16, "zigar_member.bit_offset");
_Static_assert(offsetof(zigar_member, bit_size) == 24, "zigar_member.bit_size");
_Static_assert(offsetof(zigar_member, value) == 32, "zigar_member.value");
_Static_assert(offsetof(zigar_member, default_value) == 40, "zigar_member.default_value");

_Static_assert(sizeof(zigar_decl) == 32, "zigar_decl size");
_Static_assert(offsetof(zigar_decl, kind) == 8, "zigar_decl.kind");
_Static_assert(offsetof(zigar_decl, type) == 12, "zigar_decl.type");
_Static_assert(offsetof(zigar_decl, address) == 16, "zigar_decl.address");
_Static_assert(offsetof(zigar_decl, function) == 24, "zigar_decl.function");

_Static_assert(sizeof(zigar_function) == 56, "zigar_function size");
_Static_assert(offsetof(zigar_function, fast_entry) == 32, "zigar_function.fast_entry");
_Static_assert(offsetof(zigar_function, direct_entry) == 40, "zigar_function.direct_entry");
_Static_assert(offsetof(zigar_function, direct_signature) == 48, "zigar_function.direct_signature");
_Static_assert(sizeof(zigar_direct_host) == 16, "zigar_direct_host size");
_Static_assert(offsetof(zigar_direct_host, global_stop) == 8, "zigar_direct_host.global_stop");
_Static_assert(offsetof(zigar_function, type) == 8, "zigar_function.type");
_Static_assert(offsetof(zigar_function, args_type) == 12, "zigar_function.args_type");
_Static_assert(offsetof(zigar_function, thunk) == 16, "zigar_function.thunk");
_Static_assert(offsetof(zigar_function, flags) == 24, "zigar_function.flags");

_Static_assert(sizeof(zigar_host) == 80, "zigar_host size");
_Static_assert(offsetof(zigar_host, generator_yield) == 72, "zigar_host.generator_yield");
_Static_assert(offsetof(zigar_host, thread_use) == 48, "zigar_host.thread_use");
_Static_assert(offsetof(zigar_host, thread_end) == 56, "zigar_host.thread_end");
_Static_assert(offsetof(zigar_host, promise_settle) == 64, "zigar_host.promise_settle");
_Static_assert(sizeof(zigar_promise) == 32, "zigar_promise size");
_Static_assert(offsetof(zigar_promise, args_type) == 4, "zigar_promise.args_type");
_Static_assert(offsetof(zigar_promise, settle) == 8, "zigar_promise.settle");
_Static_assert(offsetof(zigar_promise, resolve) == 16, "zigar_promise.resolve");
_Static_assert(offsetof(zigar_promise, flags) == 24, "zigar_promise.flags");
_Static_assert(offsetof(zigar_host, closure_context) == 24, "zigar_host.closure_context");
_Static_assert(offsetof(zigar_host, call_js) == 32, "zigar_host.call_js");
_Static_assert(offsetof(zigar_host, release_function) == 40, "zigar_host.release_function");

_Static_assert(sizeof(zigar_callback) == 24, "zigar_callback size");
_Static_assert(offsetof(zigar_callback, args_type) == 4, "zigar_callback.args_type");
_Static_assert(offsetof(zigar_callback, handler) == 8, "zigar_callback.handler");
_Static_assert(offsetof(zigar_callback, flags) == 16, "zigar_callback.flags");
_Static_assert(offsetof(zigar_host, alloc) == 8, "zigar_host.alloc");
_Static_assert(offsetof(zigar_host, free) == 16, "zigar_host.free");

_Static_assert(sizeof(zigar_module) == 144, "zigar_module size");
_Static_assert(offsetof(zigar_module, direct_host) == 136, "zigar_module.direct_host");
_Static_assert(offsetof(zigar_module, promises) == 120, "zigar_module.promises");
_Static_assert(offsetof(zigar_module, promise_count) == 128, "zigar_module.promise_count");
_Static_assert(offsetof(zigar_module, callbacks) == 96, "zigar_module.callbacks");
_Static_assert(offsetof(zigar_module, callback_count) == 104, "zigar_module.callback_count");
_Static_assert(offsetof(zigar_module, allocator_alloc) == 112, "zigar_module.allocator_alloc");
_Static_assert(offsetof(zigar_module, name) == 8, "zigar_module.name");
_Static_assert(offsetof(zigar_module, zig_version) == 16, "zigar_module.zig_version");
_Static_assert(offsetof(zigar_module, optimize) == 24, "zigar_module.optimize");
_Static_assert(offsetof(zigar_module, types) == 32, "zigar_module.types");
_Static_assert(offsetof(zigar_module, type_count) == 40, "zigar_module.type_count");
_Static_assert(offsetof(zigar_module, root_type) == 44, "zigar_module.root_type");
_Static_assert(offsetof(zigar_module, members) == 48, "zigar_module.members");
_Static_assert(offsetof(zigar_module, member_count) == 56, "zigar_module.member_count");
_Static_assert(offsetof(zigar_module, decl_count) == 60, "zigar_module.decl_count");
_Static_assert(offsetof(zigar_module, decls) == 64, "zigar_module.decls");
_Static_assert(offsetof(zigar_module, functions) == 72, "zigar_module.functions");
_Static_assert(offsetof(zigar_module, function_count) == 80, "zigar_module.function_count");
_Static_assert(offsetof(zigar_module, js_allocator_vtable) == 88, "zigar_module.js_allocator_vtable");
#endif

/* ---- a growable text buffer ------------------------------------------------- */

typedef struct zr__buf {
  char *data;
  size_t len, cap;
  bool failed; /* out of memory: every later append is a no-op */
} zr__buf;

static void zr__reserve(zr__buf *b, size_t more) {
  if (b->failed || b->len + more + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 4096;
  while (cap < b->len + more + 1) cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = true;
    return;
  }
  b->data = p;
  b->cap = cap;
}

static void zr__put(zr__buf *b, const char *s, size_t n) {
  zr__reserve(b, n);
  if (b->failed) return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

__attribute__((format(printf, 2, 3))) static void zr__printf(zr__buf *b, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    zr__put(b, small, (size_t)n);
    return;
  }
  zr__reserve(b, (size_t)n);
  if (b->failed) return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

static void zr__indent(zr__buf *b, int depth) {
  for (int i = 0; i < depth; i++) zr__put(b, "  ", 2);
}

static void zr__string(zr__buf *b, const char *s) {
  if (!s) {
    zr__put(b, "null", 4);
    return;
  }
  zr__put(b, "\"", 1);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') {
      char esc[2] = {'\\', (char)*p};
      zr__put(b, esc, 2);
    } else if (*p < 0x20) {
      zr__printf(b, "\\u%04x", *p);
    } else {
      zr__put(b, (const char *)p, 1);
    }
  }
  zr__put(b, "\"", 1);
}

static void zr__address(zr__buf *b, const void *p) {
  if (!p)
    zr__put(b, "null", 4);
  else
    zr__printf(b, "\"0x%" PRIxPTR "\"", (uintptr_t)p);
}

static void zr__hex_bytes(zr__buf *b, const void *p, uint64_t n) {
  if (!p) {
    zr__put(b, "null", 4);
    return;
  }
  zr__put(b, "\"", 1);
  for (uint64_t i = 0; i < n; i++) zr__printf(b, "%02x", ((const unsigned char *)p)[i]);
  zr__put(b, "\"", 1);
}

/* A JSON key at `depth`, after a comma unless it is the object's first. */
static void zr__key(zr__buf *b, int depth, bool *first, const char *key) {
  zr__put(b, *first ? "\n" : ",\n", *first ? 1 : 2);
  *first = false;
  zr__indent(b, depth);
  zr__string(b, key);
  zr__put(b, ": ", 2);
}

/* ---- names ---------------------------------------------------------------- */

static const char *const kind_names[] = {
    [ZIGAR_KIND_VOID] = "void",
    [ZIGAR_KIND_BOOL] = "bool",
    [ZIGAR_KIND_INT] = "int",
    [ZIGAR_KIND_FLOAT] = "float",
    [ZIGAR_KIND_STRUCT] = "struct",
    [ZIGAR_KIND_UNION] = "union",
    [ZIGAR_KIND_ENUM] = "enum",
    [ZIGAR_KIND_ERROR_SET] = "error set",
    [ZIGAR_KIND_ERROR_UNION] = "error union",
    [ZIGAR_KIND_OPTIONAL] = "optional",
    [ZIGAR_KIND_ARRAY] = "array",
    [ZIGAR_KIND_VECTOR] = "vector",
    [ZIGAR_KIND_POINTER] = "pointer",
    [ZIGAR_KIND_OPAQUE] = "opaque",
    [ZIGAR_KIND_FUNCTION] = "function",
    [ZIGAR_KIND_TYPE] = "type",
    [ZIGAR_KIND_COMPTIME_INT] = "comptime_int",
    [ZIGAR_KIND_COMPTIME_FLOAT] = "comptime_float",
    [ZIGAR_KIND_ENUM_LITERAL] = "enum literal",
    [ZIGAR_KIND_NULL] = "null",
    [ZIGAR_KIND_UNDEFINED] = "undefined",
    [ZIGAR_KIND_NORETURN] = "noreturn",
    [ZIGAR_KIND_ALLOCATOR] = "allocator",
    [ZIGAR_KIND_UNSUPPORTED] = "unsupported",
    [ZIGAR_KIND_PROMISE] = "promise",
    [ZIGAR_KIND_GENERATOR] = "generator",
    [ZIGAR_KIND_ABORT_SIGNAL] = "abort signal",
};

static const char *const type_flag_names[] = {
    "signed",  "extern",     "packed",         "tuple",    "has_sentinel",  "const",
    "ptr_one", "ptr_many",   "ptr_slice",      "ptr_c",    "allowzero",     "non_exhaustive",
    "anyerror", "callconv_c", "variadic",      "comptime_only", "optional_ptr_null", "tagged",
    "optional_zero_null",
};

static const char *const member_flag_names[] = {"comptime", "has_default"};
static const char *const fn_flag_names[] = {"returns_error_union", "method"};
static const char *const decl_kind_names[] = {"type", "function", "const", "var", "comptime"};

static void zr__flags(zr__buf *b, uint32_t flags, const char *const *names, size_t count) {
  zr__put(b, "[", 1);
  bool first = true;
  for (uint32_t bit = 0; bit < 32; bit++) {
    if (!(flags & (1u << bit))) continue;
    if (!first) zr__put(b, ", ", 2);
    first = false;
    if (bit < count)
      zr__string(b, names[bit]);
    else
      zr__printf(b, "\"0x%" PRIx32 "\"", 1u << bit);
  }
  zr__put(b, "]", 1);
}

static void zr__name_or_number(zr__buf *b, uint32_t v, const char *const *names, size_t count) {
  if (v < count && names[v])
    zr__string(b, names[v]);
  else
    zr__printf(b, "%" PRIu32, v);
}

#define ZR__COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the table -------------------------------------------------------------- */

static const zigar_type *zr__type_at(const zigar_module *m, int32_t i) {
  return i >= 0 && (uint32_t)i < m->type_count ? &m->types[i] : NULL;
}

/* The bytes of a default/comptime value: the member type's size, or the
 * exporter's fixed representation for comptime-only values. */
static void zr__value_bytes(zr__buf *b, const zigar_module *m, int32_t type, const void *p) {
  const zigar_type *t = zr__type_at(m, type);
  if (!p || !t) {
    zr__put(b, "null", 4);
    return;
  }
  switch (t->kind) {
    case ZIGAR_KIND_COMPTIME_INT:
    case ZIGAR_KIND_COMPTIME_FLOAT:
      zr__hex_bytes(b, p, 8);
      break;
    case ZIGAR_KIND_ENUM_LITERAL:
      zr__string(b, p);
      break;
    default:
      zr__hex_bytes(b, p, t->size);
  }
}

static void zr__member(zr__buf *b, const zigar_module *m, const zigar_member *mem, int depth) {
  bool first = true;
  zr__put(b, "{", 1);
  zr__key(b, depth + 1, &first, "name");
  zr__string(b, mem->name);
  zr__key(b, depth + 1, &first, "type");
  zr__printf(b, "%" PRId32, mem->type);
  zr__key(b, depth + 1, &first, "flags");
  zr__flags(b, mem->flags, member_flag_names, ZR__COUNT(member_flag_names));
  zr__key(b, depth + 1, &first, "bit_offset");
  zr__printf(b, "%" PRIu64, mem->bit_offset);
  zr__key(b, depth + 1, &first, "bit_size");
  zr__printf(b, "%" PRIu64, mem->bit_size);
  zr__key(b, depth + 1, &first, "value");
  zr__printf(b, "%" PRId64, mem->value);
  zr__key(b, depth + 1, &first, "default_value");
  zr__value_bytes(b, m, mem->type, mem->default_value);
  zr__put(b, "\n", 1);
  zr__indent(b, depth);
  zr__put(b, "}", 1);
}

/* DECL_COMPTIME values in readable form as well as bytes. */
static void zr__comptime_value(zr__buf *b, const zigar_module *m, const zigar_decl *d) {
  const zigar_type *t = zr__type_at(m, d->type);
  if (!d->address || !t) {
    zr__put(b, "null", 4);
    return;
  }
  switch (t->kind) {
    case ZIGAR_KIND_COMPTIME_INT: {
      int64_t v;
      memcpy(&v, d->address, sizeof v);
      zr__printf(b, "%" PRId64, v);
      break;
    }
    case ZIGAR_KIND_COMPTIME_FLOAT: {
      double v;
      memcpy(&v, d->address, sizeof v);
      zr__printf(b, "\"%.17g\"", v); /* a string: JSON has no inf/nan */
      break;
    }
    case ZIGAR_KIND_ENUM_LITERAL:
      zr__string(b, d->address);
      break;
    default:
      zr__hex_bytes(b, d->address, t->size);
  }
}

static void zr__decl(zr__buf *b, const zigar_module *m, const zigar_decl *d, int depth) {
  bool first = true;
  zr__put(b, "{", 1);
  zr__key(b, depth + 1, &first, "name");
  zr__string(b, d->name);
  zr__key(b, depth + 1, &first, "kind");
  zr__name_or_number(b, d->kind, decl_kind_names, ZR__COUNT(decl_kind_names));
  zr__key(b, depth + 1, &first, "type");
  zr__printf(b, "%" PRId32, d->type);
  zr__key(b, depth + 1, &first, "function");
  zr__printf(b, "%" PRId32, d->function);
  zr__key(b, depth + 1, &first, "address");
  zr__address(b, d->address);
  if (d->kind == ZIGAR_DECL_COMPTIME) {
    zr__key(b, depth + 1, &first, "value");
    zr__comptime_value(b, m, d);
  }
  zr__put(b, "\n", 1);
  zr__indent(b, depth);
  zr__put(b, "}", 1);
}

static void zr__type(zr__buf *b, const zigar_module *m, uint32_t index, int depth) {
  const zigar_type *t = &m->types[index];
  bool first = true;
  zr__put(b, "{", 1);
  zr__key(b, depth + 1, &first, "index");
  zr__printf(b, "%" PRIu32, index);
  zr__key(b, depth + 1, &first, "kind");
  zr__name_or_number(b, t->kind, kind_names, ZR__COUNT(kind_names));
  zr__key(b, depth + 1, &first, "name");
  zr__string(b, t->name);
  zr__key(b, depth + 1, &first, "flags");
  zr__flags(b, t->flags, type_flag_names, ZR__COUNT(type_flag_names));
  zr__key(b, depth + 1, &first, "size");
  zr__printf(b, "%" PRIu64, t->size);
  zr__key(b, depth + 1, &first, "align");
  zr__printf(b, "%" PRIu32, t->alignment);
  zr__key(b, depth + 1, &first, "bits");
  zr__printf(b, "%" PRIu32, t->bits);
  zr__key(b, depth + 1, &first, "child");
  zr__printf(b, "%" PRId32, t->child);
  zr__key(b, depth + 1, &first, "child2");
  zr__printf(b, "%" PRId32, t->child2);
  zr__key(b, depth + 1, &first, "length");
  zr__printf(b, "%" PRIu64, t->length);
  zr__key(b, depth + 1, &first, "offset_a");
  zr__printf(b, "%" PRIu32, t->offset_a);
  zr__key(b, depth + 1, &first, "offset_b");
  zr__printf(b, "%" PRIu32, t->offset_b);
  zr__key(b, depth + 1, &first, "sentinel");
  const zigar_type *child = zr__type_at(m, t->child);
  zr__hex_bytes(b, t->sentinel, child ? child->size : 0);

  zr__key(b, depth + 1, &first, "members");
  zr__put(b, "[", 1);
  bool ok = (uint64_t)t->member_start + t->member_count <= m->member_count;
  for (uint32_t i = 0; ok && i < t->member_count; i++) {
    zr__put(b, i ? ",\n" : "\n", i ? 2 : 1);
    zr__indent(b, depth + 2);
    zr__member(b, m, &m->members[t->member_start + i], depth + 2);
  }
  if (ok && t->member_count) {
    zr__put(b, "\n", 1);
    zr__indent(b, depth + 1);
  }
  zr__put(b, "]", 1);

  zr__key(b, depth + 1, &first, "decls");
  zr__put(b, "[", 1);
  ok = (uint64_t)t->decl_start + t->decl_count <= m->decl_count;
  for (uint32_t i = 0; ok && i < t->decl_count; i++) {
    zr__put(b, i ? ",\n" : "\n", i ? 2 : 1);
    zr__indent(b, depth + 2);
    zr__decl(b, m, &m->decls[t->decl_start + i], depth + 2);
  }
  if (ok && t->decl_count) {
    zr__put(b, "\n", 1);
    zr__indent(b, depth + 1);
  }
  zr__put(b, "]", 1);
  zr__put(b, "\n", 1);
  zr__indent(b, depth);
  zr__put(b, "}", 1);
}

static void zr__function(zr__buf *b, const zigar_function *f, uint32_t index, int depth) {
  bool first = true;
  zr__put(b, "{", 1);
  zr__key(b, depth + 1, &first, "index");
  zr__printf(b, "%" PRIu32, index);
  zr__key(b, depth + 1, &first, "name");
  zr__string(b, f->name);
  zr__key(b, depth + 1, &first, "type");
  zr__printf(b, "%" PRId32, f->type);
  zr__key(b, depth + 1, &first, "args_type");
  zr__printf(b, "%" PRId32, f->args_type);
  zr__key(b, depth + 1, &first, "flags");
  zr__flags(b, f->flags, fn_flag_names, ZR__COUNT(fn_flag_names));
  zr__key(b, depth + 1, &first, "thunk");
  zr__address(b, f->thunk ? (const void *)(uintptr_t)f->thunk : NULL);
  zr__put(b, "\n", 1);
  zr__indent(b, depth);
  zr__put(b, "}", 1);
}

char *zr_zig_dump_json(const zigar_module *m) {
  zr__buf b = {0};
  bool first = true;
  zr__put(&b, "{", 1);
  zr__key(&b, 1, &first, "abi_version");
  zr__printf(&b, "%" PRIu32, m->abi_version);
  zr__key(&b, 1, &first, "flags");
  zr__printf(&b, "%" PRIu32, m->flags);
  zr__key(&b, 1, &first, "name");
  zr__string(&b, m->name);
  zr__key(&b, 1, &first, "zig_version");
  zr__string(&b, m->zig_version);
  zr__key(&b, 1, &first, "optimize");
  zr__string(&b, m->optimize);
  zr__key(&b, 1, &first, "root_type");
  zr__printf(&b, "%" PRId32, m->root_type);
  zr__key(&b, 1, &first, "js_allocator_vtable");
  zr__address(&b, m->js_allocator_vtable);
  zr__key(&b, 1, &first, "counts");
  zr__printf(&b, "{ \"types\": %" PRIu32 ", \"members\": %" PRIu32 ", \"decls\": %" PRIu32 ", \"functions\": %" PRIu32 " }",
             m->type_count, m->member_count, m->decl_count, m->function_count);
  /* A table of another ABI version may be laid out differently: stop here. */
  if (m->abi_version == ZIGAR_ABI_VERSION) {
    zr__key(&b, 1, &first, "types");
    zr__put(&b, "[", 1);
    for (uint32_t i = 0; i < m->type_count; i++) {
      zr__put(&b, i ? ",\n" : "\n", i ? 2 : 1);
      zr__indent(&b, 2);
      zr__type(&b, m, i, 2);
    }
    zr__put(&b, m->type_count ? "\n  ]" : "]", m->type_count ? 4 : 1);
    zr__key(&b, 1, &first, "functions");
    zr__put(&b, "[", 1);
    for (uint32_t i = 0; i < m->function_count; i++) {
      zr__put(&b, i ? ",\n" : "\n", i ? 2 : 1);
      zr__indent(&b, 2);
      zr__function(&b, &m->functions[i], i, 2);
    }
    zr__put(&b, m->function_count ? "\n  ]" : "]", m->function_count ? 4 : 1);
  }
  zr__put(&b, "\n}\n", 3);
  if (b.failed) {
    free(b.data);
    return NULL;
  }
  return b.data;
}
