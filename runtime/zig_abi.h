/*
 * zig_abi.h — the bridge ABI between zigar-run and the Zig module libraries
 * it builds. The single source of truth: stdlib-zig/abi.zig mirrors every
 * struct here as an `extern struct`, field for field.
 *
 * A module library (user module + stdlib-zig's exporter, built by
 * runtime/zig_build.c) exports one C-ABI symbol, ZIGAR_ENTRY_SYMBOL:
 *
 *   const zigar_module *zigar_module_entry(const zigar_host *host);
 *
 * It returns a static, versioned metadata table describing the module's
 * public declarations: types (with sizes, alignments and member offsets as
 * the Zig compiler laid them out), functions (with a C-ABI thunk each) and
 * constants/variables (with their addresses). `host` gives the module the
 * runtime's services (the JS allocator); the library keeps the pointer.
 * A module whose abi_version differs from ZIGAR_ABI_VERSION is refused with
 * a clear error before anything else in the table is read.
 *
 * Indices: every cross-reference is an index into one of the module's
 * arrays; -1 means "none". All strings are NUL-terminated UTF-8 with static
 * lifetime.
 */
#ifndef ZIGAR_ABI_H
#define ZIGAR_ABI_H

#include <stddef.h>
#include <stdint.h>

#define ZIGAR_ABI_VERSION 1u
#define ZIGAR_ENTRY_SYMBOL "zigar_module_entry"

/* ---- types ---------------------------------------------------------------- */

typedef enum zigar_kind {
  ZIGAR_KIND_VOID = 0,
  ZIGAR_KIND_BOOL = 1,
  ZIGAR_KIND_INT = 2,          /* bits, ZIGAR_FLAG_SIGNED */
  ZIGAR_KIND_FLOAT = 3,        /* bits: 16, 32, 64, 80, 128 */
  ZIGAR_KIND_STRUCT = 4,       /* members: fields; ZIGAR_FLAG_EXTERN/PACKED/TUPLE */
  ZIGAR_KIND_UNION = 5,        /* members: fields; child: tag enum or -1 */
  ZIGAR_KIND_ENUM = 6,         /* members: items (value); child: tag int type */
  ZIGAR_KIND_ERROR_SET = 7,    /* members: errors (value = @intFromError) */
  ZIGAR_KIND_ERROR_UNION = 8,  /* child: payload, child2: error set; layout below */
  ZIGAR_KIND_OPTIONAL = 9,     /* child: payload; layout below */
  ZIGAR_KIND_ARRAY = 10,       /* child: element, length; sentinel */
  ZIGAR_KIND_VECTOR = 11,      /* child: element, length */
  ZIGAR_KIND_POINTER = 12,     /* child: target; ZIGAR_FLAG_PTR_*; sentinel */
  ZIGAR_KIND_OPAQUE = 13,
  ZIGAR_KIND_FUNCTION = 14,    /* members: params (type only); child: return type */
  ZIGAR_KIND_TYPE = 15,        /* `type` itself (comptime only) */
  ZIGAR_KIND_COMPTIME_INT = 16,
  ZIGAR_KIND_COMPTIME_FLOAT = 17,
  ZIGAR_KIND_ENUM_LITERAL = 18,
  ZIGAR_KIND_NULL = 19,
  ZIGAR_KIND_UNDEFINED = 20,
  ZIGAR_KIND_NORETURN = 21,
  ZIGAR_KIND_ALLOCATOR = 22,   /* std.mem.Allocator: { ptr, vtable }, 16 bytes */
  ZIGAR_KIND_UNSUPPORTED = 23, /* a type we cannot represent (frame, anyframe…) */
  ZIGAR_KIND_PROMISE = 24,     /* zigar.function.Promise(T): { ptr, callback }, 16 bytes;
                                  child: T; child2: its settle argument struct
                                  (zigar_promise.args_type); offset_a: `ptr`,
                                  offset_b: `callback`; no members */
  ZIGAR_KIND_GENERATOR = 25,   /* zigar.function.Generator(T): { ptr, callback }, 16 bytes;
                                  callback: fn (?*anyopaque, T) bool; listed in
                                  zigar_module.promises (ZIGAR_PROMISE_GENERATOR);
                                  child, child2, offset_a/b as PROMISE */
  ZIGAR_KIND_ABORT_SIGNAL = 26, /* zigar.function.AbortSignal: { ptr: *const volatile i32 },
                                  8 bytes; offset_a: `ptr`; no members */
} zigar_kind;

/* flags of zigar_type */
enum {
  ZIGAR_FLAG_SIGNED = 1u << 0,        /* INT */
  ZIGAR_FLAG_EXTERN = 1u << 1,        /* STRUCT, UNION */
  ZIGAR_FLAG_PACKED = 1u << 2,        /* STRUCT, UNION */
  ZIGAR_FLAG_TUPLE = 1u << 3,         /* STRUCT */
  ZIGAR_FLAG_HAS_SENTINEL = 1u << 4,  /* ARRAY, POINTER */
  ZIGAR_FLAG_CONST = 1u << 5,         /* POINTER: *const T */
  ZIGAR_FLAG_PTR_ONE = 1u << 6,       /* POINTER: *T */
  ZIGAR_FLAG_PTR_MANY = 1u << 7,      /* POINTER: [*]T */
  ZIGAR_FLAG_PTR_SLICE = 1u << 8,     /* POINTER: []T ({ ptr, len }, 16 bytes) */
  ZIGAR_FLAG_PTR_C = 1u << 9,         /* POINTER: [*c]T */
  ZIGAR_FLAG_ALLOWZERO = 1u << 10,    /* POINTER */
  ZIGAR_FLAG_NON_EXHAUSTIVE = 1u << 11, /* ENUM */
  ZIGAR_FLAG_ANYERROR = 1u << 12,     /* ERROR_SET: anyerror */
  ZIGAR_FLAG_CALLCONV_C = 1u << 13,   /* FUNCTION */
  ZIGAR_FLAG_VARIADIC = 1u << 14,     /* FUNCTION */
  ZIGAR_FLAG_COMPTIME_ONLY = 1u << 15, /* size is meaningless: type, comptime_int… */
  ZIGAR_FLAG_OPTIONAL_PTR_NULL = 1u << 16, /* OPTIONAL: null is address 0, no flag byte */
  ZIGAR_FLAG_TAGGED = 1u << 17,       /* UNION: has a tag (child is its enum) */
  /* OPTIONAL: no flag byte, null is the all-zero payload (size of ?T = size
   * of T): pointers (also OPTIONAL_PTR_NULL) and error sets (code 0) */
  ZIGAR_FLAG_OPTIONAL_ZERO_NULL = 1u << 18,
};

typedef struct zigar_type {
  uint32_t kind;            /* zigar_kind */
  uint32_t flags;
  const char *name;         /* @typeName(T) */
  uint64_t size;            /* @sizeOf(T) */
  uint32_t alignment;       /* @alignOf(T) */
  uint32_t bits;            /* INT/FLOAT width; STRUCT packed: @bitSizeOf */
  int32_t child;            /* see zigar_kind */
  int32_t child2;           /* ERROR_UNION: the error set */
  uint64_t length;          /* ARRAY/VECTOR: element count (sentinel excluded) */
  uint32_t member_start;    /* into zigar_module.members */
  uint32_t member_count;
  uint32_t decl_start;      /* into zigar_module.decls: the type's pub decls */
  uint32_t decl_count;
  const void *sentinel;     /* ARRAY/POINTER with a sentinel: its bytes (child's size) */
  /* Layout of types Zig does not define a layout for, as this compiler laid
   * them out (the exporter measures them):
   * OPTIONAL (without ZIGAR_FLAG_OPTIONAL_ZERO_NULL): payload at 0, a bool
   *   "present" byte at `offset_a`.
   * ERROR_UNION: payload at `offset_a`, the u16 error code at `offset_b`
   *   (0 = no error).
   * UNION (tagged): the tag at `offset_b`, the payload at `offset_a`. */
  uint32_t offset_a;
  uint32_t offset_b;
} zigar_type;

/* flags of zigar_member */
enum {
  ZIGAR_MEMBER_COMPTIME = 1u << 0,     /* comptime field: value in default_value */
  ZIGAR_MEMBER_HAS_DEFAULT = 1u << 1,  /* default_value holds the field's default */
};

/* A struct/union field, enum item, error, or function parameter. */
typedef struct zigar_member {
  const char *name;         /* NULL for function parameters */
  int32_t type;
  uint32_t flags;
  uint64_t bit_offset;      /* from the start of the parent (byte offset * 8 unless packed) */
  uint64_t bit_size;        /* @bitSizeOf of the field's type */
  int64_t value;            /* ENUM item value (two's complement), ERROR_SET error code */
  const void *default_value; /* bytes of the default or comptime value (type's size), or NULL */
} zigar_member;

/* ---- declarations, functions -------------------------------------------------- */

typedef enum zigar_decl_kind {
  ZIGAR_DECL_TYPE = 0,      /* pub const X = <type>: `type` is X */
  ZIGAR_DECL_FUNCTION = 1,  /* pub fn: `function` indexes zigar_module.functions */
  ZIGAR_DECL_CONST = 2,     /* pub const with a runtime value: `address` holds it */
  ZIGAR_DECL_VAR = 3,       /* pub var: `address` is the variable (Zig memory) */
  ZIGAR_DECL_COMPTIME = 4,  /* comptime-only value (comptime_int, enum literal…):
                               `address` holds its bytes as `type` says, e.g. an
                               i64/f64 for comptime numbers, a NUL-terminated
                               string for enum literals; may be NULL */
} zigar_decl_kind;

typedef struct zigar_decl {
  const char *name;
  uint32_t kind;            /* zigar_decl_kind */
  int32_t type;             /* the value's type (TYPE: the declared type) */
  const void *address;
  int32_t function;
  uint32_t reserved;
} zigar_decl;

/* Calls the function with the argument struct `args` (zigar_function.args_type):
 * its fields are "retval" (the return value; for an error union the payload),
 * "error" (u16, only when the function returns an error union: 0 or the
 * error's code), then "0", "1", … the parameters in order. */
typedef void (*zigar_thunk)(void *args);

enum {
  ZIGAR_FN_RETURNS_ERROR_UNION = 1u << 0,
  ZIGAR_FN_METHOD = 1u << 1,   /* first parameter is Self, *Self or *const Self of the
                                  container it is declared in */
};

typedef struct zigar_function {
  const char *name;
  int32_t type;             /* FUNCTION type */
  int32_t args_type;        /* STRUCT type of the argument struct */
  zigar_thunk thunk;
  uint32_t flags;
  uint32_t reserved;
  /* For signatures of only bool, i32, u32, f32 and f64 (result also void)
   * and slices []T / []const T of 32- and 64-bit ints and floats: the
   * function as `R entry(void *receiver, P0, P1, …)` with the C calling
   * convention — the shape of a V8 Fast API CFunction, which V8 calls
   * directly from optimised code (the receiver is ignored). A slice comes as
   * `const v8c_fast_typed_array *` (shim/include/v8c.h) and is then followed
   * by a last `v8c_fast_options *` argument (set when the data is misaligned
   * for T). NULL otherwise (stdlib-zig/thunks.zig, fastEntry). */
  const void *fast_entry;
  /* The "direct entry" (appended; stdlib-zig/thunks.zig, directEntry), also
   * the shape of a V8 Fast API CFunction, for functions that return void,
   * bool, 8/16/32-bit ints, f32 or f64 (not an error union) and take up to 8
   * parameters that are each one of those numbers, a struct, union, array or
   * vector holding no pointers passed by value, or a single-item pointer
   * `*T` / `*const T` to a sized type (natural alignment):
   *   R entry(void *receiver, A0, A1, …, v8c_fast_options *options)
   * A number comes as itself (8/16-bit ints widened to int32 / uint32, the
   * value in range); a by-value argument as a double holding the address of
   * its bytes (any alignment; the entry copies them); a pointer as a double
   * holding the address. R is as A (8/16-bit ints widened). Before calling,
   * the entry reads zigar_module.direct_host's stop flags (below). NULL
   * otherwise, and in modules with callback or promise types. */
  const void *direct_entry;
  /* direct_entry's C signature: a letter per argument between the receiver
   * and the options, ':', a letter for the result. 'b' bool, 'c' i8, 'C' u8,
   * 's' i16, 'S' u16, 'i' i32, 'I' u32, 'f' f32, 'd' f64, 'v' by value,
   * 'p' pointer; the result also 'x' void. E.g. "vd:d". NULL with no entry. */
  const char *direct_signature;
} zigar_function;

/* ---- callbacks: JS functions as Zig function pointers ------------------------ */

/* One per function type F that the module can receive as a function pointer
 * (`*const fn (…) R` reachable from its declarations; Zig or C calling
 * convention; not variadic, not generic). `handler` is a function of exactly
 * type F. The runtime makes, per JS function, a stub that stores a context
 * pointer in a thread-local slot and jumps to `handler`; the handler reads
 * the slot first thing (zigar_host.closure_context), fills an argument struct
 * of `args_type` (the layout of zigar_function's: "retval", "error" for
 * error unions, "0", "1", …) and calls zigar_host.call_js with it
 * (docs/closures.md). */
typedef struct zigar_callback {
  int32_t type;             /* FUNCTION type F */
  int32_t args_type;        /* STRUCT type of its argument struct */
  const void *handler;      /* an F */
  uint32_t flags;           /* ZIGAR_FN_RETURNS_ERROR_UNION */
  uint32_t reserved;
} zigar_callback;

/* What zigar_host.call_js returns to the handler. */
enum {
  ZIGAR_CALL_OK = 0,           /* retval (or "error", for error unions) written */
  ZIGAR_CALL_FAILED = 1,       /* the JS function threw; reported; Zig panics
                                  "JavaScript function failed" */
  ZIGAR_CALL_UNEXPECTED = 2,   /* threw, no matching error: error.Unexpected */
  ZIGAR_CALL_RELEASED = 3,     /* zigar.function.release'd or the module abandoned */
  ZIGAR_CALL_WRONG_THREAD = 4, /* not the JS thread, and the host takes no thread calls */
  ZIGAR_CALL_DEADLOCK = 5,     /* a call from another thread that could never run: no
                                  zigar.thread.use() is in force, or the runtime is
                                  shutting down: error.Deadlock, else a panic */
  ZIGAR_CALL_DISABLED = 6,     /* the runtime takes no calls from other threads:
                                  error.Disabled, else a panic */
};

/* ---- promises: zigar.function.Promise(T) ------------------------------------------ */

/* One per Promise(T) type the module uses (docs/threads.md). The Zig value
 * is `{ ptr: ?*anyopaque, callback: *const fn (?*anyopaque, T) void }`
 * (offsets in the PROMISE type's offset_a / offset_b); `resolve(v)` calls
 * `callback(ptr, v)`.
 *   - JS calls a Zig function with a Promise parameter: the runtime fills it
 *     with `{ <its handle>, settle }`; `settle` packs (ptr, value) into
 *     `args_type` and calls zigar_host.promise_settle — from any thread.
 *   - Zig passes a Promise to a JS function: the runtime later settles it
 *     with `resolve(&promise, &args)`, args."1" holding the value. */
typedef struct zigar_promise {
  int32_t type;             /* the PROMISE type */
  int32_t args_type;        /* STRUCT { retval: void, "0": ?*anyopaque, "1": T } */
  const void *settle;       /* a `fn (?*anyopaque, T) void` (Zig calling convention) */
  void (*resolve)(const void *promise, void *args); /* promise.resolve(args."1") */
  uint32_t flags;           /* ZIGAR_PROMISE_* */
  uint32_t reserved;
} zigar_promise;

enum {
  ZIGAR_PROMISE_HAS_POINTERS = 1u << 0, /* T holds pointers: a settle from another
                                           thread waits until JS has read the value */
  ZIGAR_PROMISE_ERROR_UNION = 1u << 1,  /* T is an error union: a Zig error rejects */
  ZIGAR_PROMISE_GENERATOR = 1u << 2,    /* a GENERATOR type: `settle` is its yield
                                           callback `fn (?*anyopaque, T) bool`, args_type's
                                           retval a bool; it calls
                                           zigar_host.generator_yield */
};

/* What zigar_host.thread_use returns. */
enum {
  ZIGAR_THREAD_OK = 0,
  ZIGAR_THREAD_DISABLED = 1, /* the runtime is shutting down (or takes no thread calls) */
};

/* ---- the host (runtime → module) ----------------------------------------------- */

/* What the runtime offers the module. The JS allocator is what Zig receives
 * for a std.mem.Allocator parameter: the allocator's `ptr` is `context` as
 * the runtime filled it into the argument struct; `vtable` is the module's
 * own (zigar_module.js_allocator_vtable), whose functions call these. */
typedef struct zigar_host {
  uint32_t abi_version;
  uint32_t reserved;
  void *(*alloc)(void *context, size_t len, uint32_t alignment);
  void (*free)(void *context, void *ptr, size_t len, uint32_t alignment);
  /* Closures (runtime/zig_closures.c). The context the current stub stored
   * in this thread's slot; a handler calls this before anything else. */
  void *(*closure_context)(void);
  /* Runs the JS function of closure `context` with the argument struct
   * `args` (zigar_callback.args_type); a ZIGAR_CALL_* status. */
  int32_t (*call_js)(void *context, void *args);
  /* zigar.function.release(fn): `fn` is a function pointer the runtime made
   * (anything else is ignored). */
  void (*release_function)(const void *fn);
  /* zigar.thread.use() / end() (runtime/zig_threads.c): while more use()s than
   * end()s are in force, other threads may call JS functions and the event
   * loop stays alive. use() returns a ZIGAR_THREAD_* status. Any thread. */
  int32_t (*thread_use)(void);
  void (*thread_end)(void);
  /* A Promise the runtime made was resolved (zigar_promise.settle, any
   * thread): `ptr` is its handle, `args` the settle argument struct. */
  void (*promise_settle)(void *ptr, void *args);
  /* A Generator the runtime made yielded (any thread; from another thread
   * it waits until JS has taken the value): `ptr` is its handle, `args` the
   * yield argument struct. 1: more values wanted, 0: stop. */
  int32_t (*generator_yield)(void *ptr, void *args);
} zigar_host;

/* ---- direct entries (zigar_function.direct_entry) --------------------------------- */

/* What a direct entry reads before every call: it calls the function only
 * while the byte and the word these point to are both 0 (and neither
 * pointer is NULL); otherwise it sets options->fallback and returns 0, and
 * V8 runs the classic callback instead. The runtime points `module_stop` at
 * the module's "abandoned" flag and `global_stop` at a word that is
 * non-zero while a JS function pointer may be alive (Zig might call JS,
 * which a fast call must never do): runtime/zig_fast.c. JS thread only. */
typedef struct zigar_direct_host {
  const uint8_t *module_stop;
  const size_t *global_stop;
} zigar_direct_host;

/* ---- the module -------------------------------------------------------------------- */

typedef struct zigar_module {
  uint32_t abi_version;     /* ZIGAR_ABI_VERSION */
  uint32_t flags;
  const char *name;         /* the module's name: its file stem */
  const char *zig_version;  /* builtin.zig_version_string */
  const char *optimize;     /* "Debug", "ReleaseSafe", … */
  const zigar_type *types;
  uint32_t type_count;
  int32_t root_type;        /* the module's own struct type; its decls are the exports */
  const zigar_member *members;
  uint32_t member_count;
  uint32_t decl_count;
  const zigar_decl *decls;
  const zigar_function *functions;
  uint32_t function_count;
  uint32_t reserved;
  const void *js_allocator_vtable; /* a std.mem.Allocator.VTable calling the host */
  const zigar_callback *callbacks;
  uint32_t callback_count;
  uint32_t reserved2;
  /* Allocates through a std.mem.Allocator value ({ ptr, vtable }, e.g. an
   * allocator a callback received): Zig's allocator vtable uses Zig's calling
   * convention, so C goes through this. NULL when out of memory. */
  void *(*allocator_alloc)(const void *allocator, size_t len, uint32_t alignment);
  const zigar_promise *promises; /* one per PROMISE type */
  uint32_t promise_count;
  uint32_t reserved3;
  /* (appended) Mutable memory in the library that the runtime fills before
   * it uses any zigar_function.direct_entry; starts all NULL. */
  zigar_direct_host *direct_host;
} zigar_module;

typedef const zigar_module *(*zigar_entry_fn)(const zigar_host *host);

#endif
