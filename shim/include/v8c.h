/*
 * v8c.h — a small, general C API over V8 (10.2, from Debian's libnode 18.20.4).
 *
 * The only door between C and V8. It knows nothing of Zig or of zigar-run's
 * runtime; anything embedder-specific comes in through callbacks and `void *`
 * data.
 *
 * Handles. A `v8c_value` (and `v8c_context`, `v8c_module`) is a V8 `Local`
 * reinterpreted as an opaque pointer. It is valid inside the handle scope that
 * made it and is never heap-allocated per value. A native callback runs inside
 * a scope V8 opened for it; C code that runs outside a callback (main, a libuv
 * callback) opens its own `v8c_handle_scope` on the stack. A value that must
 * outlive its scope goes into a `v8c_persistent` (heap-allocated, explicit
 * free, optionally weak with a finalizer).
 *
 * Exceptions are a pending state of the isolate, as in Node-API. Every
 * function that can run JavaScript or throw returns NULL / false (or a
 * documented failure value) IF AND ONLY IF an exception is now pending. The
 * caller either propagates it — returns NULL from its own native callback, and
 * the trampoline rethrows it into JavaScript — or takes it with
 * `v8c_exception_take` and handles it. Functions that cannot throw say so.
 * Debug builds assert the invariant when every native callback returns.
 *
 * Threads. One isolate, used only from the thread that created it. Only
 * `v8c_platform_*` set-up and the finalizer-free parts of backing-store
 * deleters may run elsewhere (deleters run on whatever thread V8 frees on).
 */
#ifndef V8C_H
#define V8C_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct v8c_isolate v8c_isolate;          /* owned by v8c */
typedef struct v8c_context_s *v8c_context;       /* Local<Context> */
typedef struct v8c_value_s *v8c_value;           /* Local<Value> */
typedef struct v8c_module_s *v8c_module;         /* Local<Module> */
typedef struct v8c_persistent v8c_persistent;    /* Global<Value>, heap */
typedef struct v8c_callinfo v8c_callinfo;        /* a native call in flight */
typedef struct v8c_function_template v8c_function_template; /* Global<FunctionTemplate>, heap */

/* ---- platform and isolate ------------------------------------------------ */

/* Sets V8 flags ("--expose-gc --turbo-fast-api-calls"); call before
 * v8c_platform_init. Cannot fail; unknown flags are reported by V8. */
void v8c_set_flags(const char *flags);
/* Initialises V8 and the default platform once per process. `threads` is the
 * worker pool size (0: V8 chooses). */
void v8c_platform_init(int threads);
void v8c_platform_dispose(void);
/* Runs the foreground tasks V8 posted for this isolate (GC finalisation,
 * FinalizationRegistry cleanup, …) without blocking; returns how many ran. */
int v8c_platform_pump(v8c_isolate *iso);
const char *v8c_version(void);

typedef struct {
  size_t max_old_space_mb;   /* 0: V8's default */
} v8c_isolate_options;

/* The new isolate is entered (v8::Isolate::Enter) until it is disposed, so
 * isolates of one thread are disposed in reverse order of creation. Free
 * persistents and function templates before disposing. */
v8c_isolate *v8c_isolate_new(const v8c_isolate_options *options /* nullable */);
void v8c_isolate_dispose(v8c_isolate *iso);
/* One embedder pointer per isolate. */
void v8c_isolate_set_data(v8c_isolate *iso, void *data);
void *v8c_isolate_get_data(v8c_isolate *iso);

/* Handle scopes live on the C stack; open/close strictly nested. */
typedef struct { void *opaque[3]; } v8c_handle_scope;
void v8c_handle_scope_open(v8c_isolate *iso, v8c_handle_scope *scope);
void v8c_handle_scope_close(v8c_handle_scope *scope);
/* Escapable variant: `escape` moves one value into the enclosing scope. */
typedef struct { void *opaque[4]; } v8c_escapable_scope;
void v8c_escapable_scope_open(v8c_isolate *iso, v8c_escapable_scope *scope);
v8c_value v8c_escapable_scope_escape(v8c_escapable_scope *scope, v8c_value v);
void v8c_escapable_scope_close(v8c_escapable_scope *scope);

/* ---- contexts ------------------------------------------------------------ */

v8c_context v8c_context_new(v8c_isolate *iso);
v8c_isolate *v8c_context_isolate(v8c_context ctx);
/* The context V8 is running in now (inside a callback, the callee's). */
v8c_context v8c_current_context(v8c_isolate *iso);
void v8c_context_enter(v8c_context ctx);
void v8c_context_exit(v8c_context ctx);
v8c_value v8c_context_global(v8c_context ctx);
/* Embedder pointers per context, slots 0..7 (NULL until set). V8 stores
 * them as aligned pointers: `data` must be at least 2-byte aligned. */
void v8c_context_set_data(v8c_context ctx, int slot, void *data);
void *v8c_context_get_data(v8c_context ctx, int slot);
/* Lets scripts of `other` reach objects of `ctx` ($262.createRealm). */
void v8c_context_share_security_token(v8c_context ctx, v8c_context other);

/* ---- exceptions ---------------------------------------------------------- */

/* Where a thrown value came from (from V8's message), all strings owned by
 * the struct; free with v8c_message_info_free. Fields are NULL / 0 when V8
 * had nothing to say. */
typedef struct {
  char *message;        /* "Uncaught SyntaxError: Unexpected token ')'" */
  char *resource_name;  /* the script or module name */
  char *source_line;    /* the line of source, no newline */
  int line;             /* 1-based */
  int start_column;     /* 0-based, within source_line */
  int end_column;
} v8c_message_info;

bool v8c_exception_pending(v8c_isolate *iso);
/* Takes the pending exception (NULL if none) and, if `info` is not NULL,
 * fills it from the exception's message. Clears the pending state. */
v8c_value v8c_exception_take(v8c_isolate *iso, v8c_message_info *info);
void v8c_message_info_free(v8c_message_info *info);
/* Fills `info` for an exception value that is not pending (e.g. a promise's
 * rejection reason): for an Error, where it was created (its captured stack);
 * otherwise the current JS location. Cannot throw; free with
 * v8c_message_info_free. */
void v8c_exception_message(v8c_context ctx, v8c_value exception, v8c_message_info *info);
/* Fills `info` for a value that was thrown earlier (an Error's own
 * location, e.g. a rejection reason; V8's Exception::CreateMessage). Cannot
 * throw. */
void v8c_exception_message(v8c_context ctx, v8c_value exception, v8c_message_info *info);
/* Make `value` pending. Always "fails": returns NULL so callers can write
 * `return v8c_throw(ctx, v);`. */
v8c_value v8c_throw(v8c_context ctx, v8c_value value);
/* Convenience throwers; messages are printf-style, UTF-8. Return NULL. */
v8c_value v8c_throw_error(v8c_context ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
v8c_value v8c_throw_type_error(v8c_context ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
v8c_value v8c_throw_range_error(v8c_context ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
v8c_value v8c_throw_syntax_error(v8c_context ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* New error objects without throwing (cannot fail). */
v8c_value v8c_error_new(v8c_context ctx, const char *message);
v8c_value v8c_type_error_new(v8c_context ctx, const char *message);
v8c_value v8c_range_error_new(v8c_context ctx, const char *message);
v8c_value v8c_syntax_error_new(v8c_context ctx, const char *message);

/* Called for exceptions nobody caught that V8 reports itself (e.g. thrown by a
 * queueMicrotask callback during a microtask checkpoint). */
typedef void (*v8c_message_listener)(v8c_isolate *iso, v8c_value exception,
                                     const v8c_message_info *info);
void v8c_isolate_set_message_listener(v8c_isolate *iso, v8c_message_listener cb);

/* ---- primitive values (none of these can throw) ---------------------------- */

v8c_value v8c_undefined(v8c_isolate *iso);
v8c_value v8c_null(v8c_isolate *iso);
v8c_value v8c_boolean(v8c_isolate *iso, bool b);
v8c_value v8c_number(v8c_isolate *iso, double d);
v8c_value v8c_int32(v8c_isolate *iso, int32_t i);
v8c_value v8c_uint32(v8c_isolate *iso, uint32_t u);
v8c_value v8c_bigint_from_int64(v8c_isolate *iso, int64_t i);
v8c_value v8c_bigint_from_uint64(v8c_isolate *iso, uint64_t u);
/* Two's-complement magnitude words, least significant first. Can throw
 * (RangeError for too many words); returns NULL then. */
v8c_value v8c_bigint_from_words(v8c_context ctx, bool negative, int count, const uint64_t *words);

/* Type checks: cannot throw. */
bool v8c_is_undefined(v8c_value v);
bool v8c_is_null(v8c_value v);
bool v8c_is_null_or_undefined(v8c_value v);
bool v8c_is_boolean(v8c_value v);
bool v8c_is_true(v8c_value v);
bool v8c_is_number(v8c_value v);
bool v8c_is_int32(v8c_value v);
bool v8c_is_bigint(v8c_value v);
bool v8c_is_string(v8c_value v);
bool v8c_is_symbol(v8c_value v);
bool v8c_is_object(v8c_value v);
bool v8c_is_function(v8c_value v);
bool v8c_is_array(v8c_value v);
bool v8c_is_array_buffer(v8c_value v);
bool v8c_is_shared_array_buffer(v8c_value v);
bool v8c_is_array_buffer_view(v8c_value v);
bool v8c_is_data_view(v8c_value v);
bool v8c_is_typed_array(v8c_value v);
bool v8c_is_promise(v8c_value v);
bool v8c_is_proxy(v8c_value v);
bool v8c_is_native_error(v8c_value v);
bool v8c_is_module_namespace(v8c_value v);
bool v8c_strict_equals(v8c_value a, v8c_value b);
bool v8c_same_value(v8c_value a, v8c_value b);

/* Reading primitives without conversion (value must have the type). */
bool v8c_boolean_value(v8c_value v);
double v8c_number_value(v8c_value v);
/* Truncating reads of a BigInt; `lossless` (nullable) tells if it fit. */
int64_t v8c_bigint_int64(v8c_value v, bool *lossless);
uint64_t v8c_bigint_uint64(v8c_value v, bool *lossless);
/* Word count of a BigInt, and its words (least significant first). */
int v8c_bigint_word_count(v8c_value v);
void v8c_bigint_words(v8c_value v, bool *negative, int *count /* in: capacity, out: used */, uint64_t *words);

/* Conversions that run JavaScript (valueOf, toString): can throw. */
bool v8c_to_number(v8c_context ctx, v8c_value v, double *out);
bool v8c_to_int32(v8c_context ctx, v8c_value v, int32_t *out);
bool v8c_to_boolean(v8c_context ctx, v8c_value v); /* cannot throw */
v8c_value v8c_to_string(v8c_context ctx, v8c_value v);
v8c_value v8c_to_object(v8c_context ctx, v8c_value v);
/* The `typeof` string, as a string value (cannot throw). */
v8c_value v8c_typeof(v8c_isolate *iso, v8c_value v);

/* ---- strings ------------------------------------------------------------- */

/* len < 0: NUL-terminated. NULL only if the string is too long (pending
 * RangeError). */
v8c_value v8c_string(v8c_isolate *iso, const char *utf8, ptrdiff_t len);
v8c_value v8c_string_latin1(v8c_isolate *iso, const uint8_t *bytes, size_t len);
v8c_value v8c_string_utf16(v8c_isolate *iso, const uint16_t *units, size_t len);
/* Internalized string for property names (cached by V8). */
v8c_value v8c_name(v8c_isolate *iso, const char *utf8);
/* Length in UTF-16 units, and in UTF-8 bytes. `v` must be a string. */
size_t v8c_string_length(v8c_value v);
size_t v8c_string_utf8_length(v8c_isolate *iso, v8c_value v);
/* Writes at most `capacity` bytes (no NUL added), never splitting a
 * character; lone surrogates become U+FFFD. Returns bytes written. */
size_t v8c_string_write_utf8(v8c_isolate *iso, v8c_value v, char *buf, size_t capacity);
size_t v8c_string_write_utf16(v8c_isolate *iso, v8c_value v, uint16_t *buf, size_t capacity);
/* ToString(v) as malloc'ed NUL-terminated UTF-8 (length in *len if not
 * NULL). NULL iff an exception is pending (or malloc failed: abort). */
char *v8c_to_utf8(v8c_context ctx, v8c_value v, size_t *len);

/* ---- symbols ------------------------------------------------------------- */

v8c_value v8c_symbol_new(v8c_isolate *iso, const char *description /* nullable */);
v8c_value v8c_symbol_for(v8c_isolate *iso, const char *key);       /* Symbol.for */
typedef enum {
  V8C_SYMBOL_ITERATOR, V8C_SYMBOL_ASYNC_ITERATOR, V8C_SYMBOL_TO_STRING_TAG,
  V8C_SYMBOL_TO_PRIMITIVE, V8C_SYMBOL_HAS_INSTANCE
} v8c_well_known_symbol;
v8c_value v8c_symbol_well_known(v8c_isolate *iso, v8c_well_known_symbol which);
v8c_value v8c_symbol_description(v8c_isolate *iso, v8c_value symbol);

/* ---- objects --------------------------------------------------------------- */

v8c_value v8c_object_new(v8c_context ctx);
v8c_value v8c_object_new_null_proto(v8c_context ctx);
/* Property access by any key (string, symbol, number): can throw. */
v8c_value v8c_get(v8c_context ctx, v8c_value obj, v8c_value key);
bool v8c_set(v8c_context ctx, v8c_value obj, v8c_value key, v8c_value value);
/* By a UTF-8 name. */
v8c_value v8c_get_named(v8c_context ctx, v8c_value obj, const char *name);
bool v8c_set_named(v8c_context ctx, v8c_value obj, const char *name, v8c_value value);
v8c_value v8c_get_index(v8c_context ctx, v8c_value obj, uint32_t index);
bool v8c_set_index(v8c_context ctx, v8c_value obj, uint32_t index, v8c_value value);
/* *has is the result; returns false iff an exception is pending. */
bool v8c_has(v8c_context ctx, v8c_value obj, v8c_value key, bool *has);
bool v8c_has_own(v8c_context ctx, v8c_value obj, v8c_value key, bool *has);
bool v8c_delete(v8c_context ctx, v8c_value obj, v8c_value key);

enum {
  V8C_PROP_DEFAULT = 0,          /* writable, enumerable, configurable */
  V8C_PROP_READ_ONLY = 1,
  V8C_PROP_DONT_ENUM = 2,
  V8C_PROP_DONT_DELETE = 4,
};
/* Defines a data property with the attributes above (flags OR-ed). */
bool v8c_define(v8c_context ctx, v8c_value obj, v8c_value key, v8c_value value, int flags);
/* Defines an accessor from functions (either may be NULL). */
bool v8c_define_accessor(v8c_context ctx, v8c_value obj, v8c_value key,
                         v8c_value getter, v8c_value setter, int flags);
/* Own enumerable string keys (Object.keys) / all own keys incl. symbols and
 * non-enumerable ones (Reflect.ownKeys). Arrays; NULL on exception. */
v8c_value v8c_own_keys(v8c_context ctx, v8c_value obj);
v8c_value v8c_own_all_keys(v8c_context ctx, v8c_value obj);
v8c_value v8c_get_prototype(v8c_context ctx, v8c_value obj); /* cannot throw */
bool v8c_set_prototype(v8c_context ctx, v8c_value obj, v8c_value proto);
/* V8's constructor name (works on null-prototype objects); cannot throw. */
v8c_value v8c_constructor_name(v8c_context ctx, v8c_value obj);
/* Identity hash, stable for the object's lifetime; cannot throw. */
int v8c_identity_hash(v8c_value obj);
/* Private per-object pointer storage not visible to JS (V8 private symbol
 * keyed by `name`). get returns NULL if unset. */
bool v8c_set_private_pointer(v8c_context ctx, v8c_value obj, const char *name, void *ptr);
void *v8c_get_private_pointer(v8c_context ctx, v8c_value obj, const char *name);
/* Freezes an object (Object.freeze); can throw. */
bool v8c_freeze(v8c_context ctx, v8c_value obj);

/* Proxy, Promise and collection internals for console/inspect (cannot throw
 * except previewEntries, which returns NULL with an exception if `obj` is not
 * a Map/Set iterator or a WeakMap/WeakSet). */
v8c_value v8c_proxy_target(v8c_value proxy);
v8c_value v8c_proxy_handler(v8c_value proxy);
v8c_value v8c_preview_entries(v8c_context ctx, v8c_value obj, bool *is_key_value);

/* ---- arrays --------------------------------------------------------------- */

v8c_value v8c_array_new(v8c_context ctx, uint32_t length);
v8c_value v8c_array_from(v8c_context ctx, int count, const v8c_value *items);
uint32_t v8c_array_length(v8c_value array);

/* ---- functions -------------------------------------------------------------- */

typedef v8c_value (*v8c_callback)(v8c_callinfo *info);

v8c_context v8c_callinfo_context(v8c_callinfo *info);
v8c_isolate *v8c_callinfo_isolate(v8c_callinfo *info);
int v8c_callinfo_argc(v8c_callinfo *info);
/* Argument i, or undefined past the end. */
v8c_value v8c_callinfo_arg(v8c_callinfo *info, int i);
v8c_value v8c_callinfo_this(v8c_callinfo *info);
v8c_value v8c_callinfo_new_target(v8c_callinfo *info);  /* undefined unless `new` */
void *v8c_callinfo_data(v8c_callinfo *info);

/* A function calling `cb` with `data` (which must outlive the function).
 * `length` is the function's .length. A callback returns its result, or NULL
 * iff it left an exception pending (plain NULL without one is a bug, caught
 * in debug builds). */
v8c_value v8c_function_new(v8c_context ctx, const char *name, int length,
                           v8c_callback cb, void *data);
v8c_value v8c_call(v8c_context ctx, v8c_value fn, v8c_value recv, int argc, const v8c_value *argv);
v8c_value v8c_construct(v8c_context ctx, v8c_value fn, int argc, const v8c_value *argv);
v8c_value v8c_function_name(v8c_value fn);

/* Fast API (V8's CFunction): a C function V8's optimising compiler calls
 * directly from optimised code. Off unless --turbo-fast-api-calls was set
 * before v8c_platform_init. The classic callback stays the fallback. */
typedef enum {
  V8C_FAST_VOID, V8C_FAST_BOOL, V8C_FAST_INT32, V8C_FAST_UINT32,
  V8C_FAST_INT64, V8C_FAST_UINT64, V8C_FAST_FLOAT32, V8C_FAST_FLOAT64,
  V8C_FAST_RECEIVER, /* the first C argument: the JS receiver (a v8c_value-sized
                        slot, V8's Local<Object>) */
  /* Typed arrays of exactly that element type (Int32Array, Uint32Array,
   * BigInt64Array, BigUint64Array, Float32Array, Float64Array), passed as
   * `const v8c_fast_typed_array *`. V8 takes the classic callback for any
   * other value, a typed array of another type, a detached buffer or a
   * SharedArrayBuffer. V8 10.2 has no 8- or 16-bit element types. */
  V8C_FAST_INT32_ARRAY, V8C_FAST_UINT32_ARRAY, V8C_FAST_INT64_ARRAY,
  V8C_FAST_UINT64_ARRAY, V8C_FAST_FLOAT32_ARRAY, V8C_FAST_FLOAT64_ARRAY,
  V8C_FAST_OPTIONS   /* only as the last argument: `v8c_fast_options *` */
} v8c_fast_type;
/* V8's FastApiTypedArray<T>: the length in elements and the first element
 * (the view's byte offset applied). `data` is only guaranteed to be aligned
 * to 4 bytes (a buffer over arbitrary external memory: not even that);
 * check before using it as T*. Valid only during the call: the data of a
 * small typed array may live in the JS heap and move at the next GC. */
typedef struct {
  size_t length;
  void *data;
} v8c_fast_typed_array;
/* V8's FastApiCallbackOptions: a fast function that sets `fallback` and
 * returns (its result is ignored) makes V8 call the classic callback with
 * the same arguments instead, so it must have done nothing visible yet. */
typedef struct {
  bool fallback;
  uintptr_t data;    /* the template's data value (unused here) */
} v8c_fast_options;
typedef struct {
  const void *address;          /* the C function */
  v8c_fast_type result;
  int argc;                     /* including the receiver */
  const v8c_fast_type *args;    /* args[0] must be V8C_FAST_RECEIVER */
} v8c_fast_function;
/* A template (kept alive until v8c_function_template_free) whose functions
 * call `cb` normally and `fast` from optimised code when fast is not NULL.
 * `fast` and its arrays must outlive the template. Functions instantiated
 * from it refer to it: free it only when none of them will be called again
 * (in practice just before v8c_isolate_dispose). */
v8c_function_template *v8c_function_template_new(v8c_isolate *iso, const char *name, int length,
                                                 v8c_callback cb, void *data,
                                                 const v8c_fast_function *fast);
v8c_value v8c_function_template_instantiate(v8c_context ctx, v8c_function_template *t);
void v8c_function_template_free(v8c_function_template *t);

/* ---- ArrayBuffers, DataViews, typed arrays -------------------------------- */

/* Zero-filled, JS-owned. NULL with a RangeError pending if too large. */
v8c_value v8c_array_buffer_new(v8c_context ctx, size_t len);
/* Called once when V8 frees an external backing store — possibly on a GC
 * thread, so it must only enqueue work. */
typedef void (*v8c_backing_store_deleter)(void *data, size_t len, void *deleter_data);
/* Wraps `data` without copying; `deleter` may be NULL (memory not owned). */
v8c_value v8c_array_buffer_new_external(v8c_context ctx, void *data, size_t len,
                                        v8c_backing_store_deleter deleter, void *deleter_data);
/* Start and length of a (Shared)ArrayBuffer; NULL/0 when detached. */
void *v8c_array_buffer_data(v8c_value ab, size_t *len);
bool v8c_array_buffer_is_detachable(v8c_value ab);
/* Detaches (false with a TypeError pending if not detachable). */
bool v8c_array_buffer_detach(v8c_context ctx, v8c_value ab);

v8c_value v8c_data_view_new(v8c_context ctx, v8c_value ab, size_t offset, size_t len);
typedef enum {
  V8C_INT8, V8C_UINT8, V8C_UINT8_CLAMPED, V8C_INT16, V8C_UINT16, V8C_INT32,
  V8C_UINT32, V8C_FLOAT32, V8C_FLOAT64, V8C_BIGINT64, V8C_BIGUINT64
} v8c_typed_array_kind;
/* `length` counts elements. */
v8c_value v8c_typed_array_new(v8c_context ctx, v8c_typed_array_kind kind, v8c_value ab,
                              size_t offset, size_t length);
v8c_typed_array_kind v8c_typed_array_kind_of(v8c_value ta);
/* For any ArrayBufferView: its buffer, byte offset and byte length; the
 * returned pointer is the first byte of the view (NULL when detached). */
void *v8c_view_data(v8c_value view, v8c_value *buffer /* nullable */,
                    size_t *byte_offset /* nullable */, size_t *byte_length);

/* ---- promises ------------------------------------------------------------- */

v8c_value v8c_promise_resolver_new(v8c_context ctx);
v8c_value v8c_promise_resolver_promise(v8c_value resolver);
bool v8c_promise_resolver_resolve(v8c_context ctx, v8c_value resolver, v8c_value value);
bool v8c_promise_resolver_reject(v8c_context ctx, v8c_value resolver, v8c_value reason);
typedef enum { V8C_PROMISE_PENDING, V8C_PROMISE_FULFILLED, V8C_PROMISE_REJECTED } v8c_promise_state;
v8c_promise_state v8c_promise_state_of(v8c_value promise);
v8c_value v8c_promise_result(v8c_value promise);  /* undefined while pending */
bool v8c_promise_has_handler(v8c_value promise);
/* promise.then(on_fulfilled, on_rejected); either may be NULL. */
v8c_value v8c_promise_then(v8c_context ctx, v8c_value promise, v8c_value on_fulfilled,
                           v8c_value on_rejected);

typedef enum {
  V8C_REJECT_WITH_NO_HANDLER, V8C_REJECT_HANDLER_ADDED_AFTER,
  V8C_REJECT_AFTER_RESOLVED, V8C_RESOLVE_AFTER_RESOLVED
} v8c_reject_event;
typedef void (*v8c_promise_reject_callback)(v8c_isolate *iso, v8c_reject_event event,
                                            v8c_value promise, v8c_value value);
void v8c_isolate_set_promise_reject_callback(v8c_isolate *iso, v8c_promise_reject_callback cb);

/* ---- microtasks -------------------------------------------------------------- */

/* The isolate runs microtasks only when told (kExplicit policy). */
void v8c_microtasks_run(v8c_isolate *iso);
bool v8c_microtask_enqueue(v8c_context ctx, v8c_value fn);

/* ---- scripts and modules ------------------------------------------------------ */

/* Compiles and runs a classic script. */
v8c_value v8c_script_run(v8c_context ctx, v8c_value source, const char *resource_name);
/* The same in two steps, to tell a syntax error (compile fails) from an
 * error the script throws (run fails). The script is bound to `ctx`. */
typedef struct v8c_script_s *v8c_script;   /* Local<Script> */
v8c_script v8c_script_compile(v8c_context ctx, v8c_value source, const char *resource_name);
v8c_value v8c_script_run_compiled(v8c_context ctx, v8c_script script);
/* Compiles `source` as the body of a function with the given parameter
 * names (like `new Function`, but with a resource name for stack traces). */
v8c_value v8c_compile_function(v8c_context ctx, v8c_value source, const char *resource_name,
                               int param_count, const char *const *params);

/* Code caches (V8's ScriptCompiler::CachedData) for functions compiled from
 * source. A cache is only valid for the same source, V8 version and V8 flags;
 * V8 checks that itself and rejects a cache that does not fit (or is corrupt),
 * then compiles from source as if no cache was given. */

/* v8c_compile_function consuming `cache` (`cache_len` bytes, read only during
 * the call; NULL for none). *rejected (if not NULL) is set when a cache was
 * given and V8 did not use it. */
v8c_value v8c_compile_function_cached(v8c_context ctx, v8c_value source, const char *resource_name,
                                      int param_count, const char *const *params,
                                      const void *cache, size_t cache_len, bool *rejected);
/* Serialises the code of `fn` (a function from v8c_compile_function[_cached])
 * and of its inner functions compiled so far, so calling it after a run caches
 * lazily compiled functions too. A malloc'ed buffer (*len bytes), or NULL if
 * V8 produced none; never throws. */
void *v8c_code_cache_create(v8c_value fn, size_t *len);
/* Changes with V8's version and flags: a key for where caches are kept. */
uint32_t v8c_code_cache_version_tag(void);
/* A string over `len` Latin-1 bytes that stay valid and unchanged for the
 * rest of the process (embedded sources): V8 neither copies nor decodes them.
 * NULL with a RangeError pending if too long. */
v8c_value v8c_string_external_static(v8c_isolate *iso, const char *latin1, size_t len);

v8c_module v8c_module_compile(v8c_context ctx, v8c_value source, const char *resource_name);
/* Returns undefined (or a promise), or NULL with an exception pending, which
 * makes the module errored. Called once. */
typedef v8c_value (*v8c_synthetic_evaluate)(v8c_context ctx, v8c_module module);
/* A module whose exports the embedder sets in `evaluate` with
 * v8c_module_set_export (JSON, Zig modules). */
v8c_module v8c_module_new_synthetic(v8c_context ctx, const char *resource_name,
                                    int export_count, const char *const *export_names,
                                    v8c_synthetic_evaluate evaluate);
bool v8c_module_set_export(v8c_context ctx, v8c_module module, const char *name, v8c_value value);

/* Host hooks, one set per isolate. `resolve` maps (specifier, referrer) to
 * a compiled module (NULL with an exception pending on failure).
 * `dynamic_import` returns a promise for import(); `referrer_name` is the
 * resource name of the importing script or module (undefined when V8 knows
 * none). If it returns NULL with an exception pending (or no hook is set),
 * import() returns a promise rejected with that exception, as the spec
 * wants, rather than throwing. `import_meta` fills the import.meta object of
 * `module`; an exception it leaves pending is thrown at the import.meta
 * expression. */
typedef v8c_module (*v8c_resolve_callback)(v8c_context ctx, v8c_value specifier,
                                           v8c_module referrer);
typedef v8c_value (*v8c_dynamic_import_callback)(v8c_context ctx, v8c_value specifier,
                                                 v8c_value referrer_name);
typedef void (*v8c_import_meta_callback)(v8c_context ctx, v8c_module module, v8c_value meta);
void v8c_isolate_set_module_hooks(v8c_isolate *iso, v8c_resolve_callback resolve,
                                  v8c_dynamic_import_callback dynamic_import,
                                  v8c_import_meta_callback import_meta);

/* Instantiates with the isolate's resolve hook. */
bool v8c_module_instantiate(v8c_context ctx, v8c_module module);
/* Evaluates; returns a promise (top-level await) or NULL on exception. */
v8c_value v8c_module_evaluate(v8c_context ctx, v8c_module module);
typedef enum {
  V8C_MODULE_UNINSTANTIATED, V8C_MODULE_INSTANTIATING, V8C_MODULE_INSTANTIATED,
  V8C_MODULE_EVALUATING, V8C_MODULE_EVALUATED, V8C_MODULE_ERRORED
} v8c_module_status;
v8c_module_status v8c_module_status_of(v8c_module module);
v8c_value v8c_module_exception(v8c_module module);   /* when ERRORED */
v8c_value v8c_module_namespace(v8c_module module);   /* once instantiated */
int v8c_module_identity_hash(v8c_module module);
/* The module's static import specifiers, in source order. */
int v8c_module_request_count(v8c_context ctx, v8c_module module);
v8c_value v8c_module_request(v8c_context ctx, v8c_module module, int i);
/* A module as a value (to keep in a v8c_persistent) and back. */
v8c_value v8c_module_to_value(v8c_module module);
v8c_module v8c_module_from_value(v8c_value v);

/* ---- persistent and weak handles ---------------------------------------------- */

v8c_persistent *v8c_persistent_new(v8c_isolate *iso, v8c_value v);
v8c_value v8c_persistent_get(v8c_isolate *iso, v8c_persistent *p); /* NULL once collected */
void v8c_persistent_free(v8c_persistent *p);
/* Makes the handle weak. When V8 collects the object, `finalizer` runs once
 * on the main thread (the handle is then empty; the finalizer may call
 * v8c_persistent_free but must not touch JS). */
typedef void (*v8c_finalizer)(void *data);
void v8c_persistent_set_weak(v8c_persistent *p, v8c_finalizer finalizer, void *data);
void v8c_persistent_clear_weak(v8c_persistent *p);

/* ---- hot calls (hotcall.cc) ----------------------------------------------------- */

/* A strong handle whose value is read without creating a handle: the
 * borrowed value aliases the handle's own slot, so it stays valid (and the
 * same pointer) until v8c_strong_free, in any handle scope. Main thread only. */
typedef struct v8c_strong v8c_strong;
v8c_strong *v8c_strong_new(v8c_isolate *iso, v8c_value v);
v8c_value v8c_strong_borrow(const v8c_strong *s);
void v8c_strong_free(v8c_strong *s); /* NULL is fine */
/* v8c_call for hot paths: `fn` must be a function (not checked), the
 * receiver is undefined, `iso` is ctx's isolate. The result, or NULL with
 * the exception pending. */
v8c_value v8c_call_function(v8c_isolate *iso, v8c_context ctx, v8c_value fn, int argc,
                            const v8c_value *argv);
/* One V8 TryCatch shared by many hot calls: a frame that will call JS many
 * times (a Zig function calling a JS callback in a loop) opens it once on its
 * own C stack, below which every call it makes runs, instead of paying for a
 * TryCatch per call. Strictly nested with other catch and handle scopes.
 * v8c_call_function_caught must only be used while `scope` is the innermost
 * TryCatch (nothing between the frame and the call opened another). */
typedef struct { void *opaque[8]; } v8c_catch_scope;
void v8c_catch_scope_open(v8c_isolate *iso, v8c_catch_scope *scope);
void v8c_catch_scope_close(v8c_catch_scope *scope);
/* v8c_call_function inside `scope`: the result, or NULL with the exception
 * pending (as v8c_call_function); the scope is reset for the next call,
 * except after a termination, which stays caught until the scope closes
 * (V8 then propagates it, as it does for a TryCatch per call). */
v8c_value v8c_call_function_caught(v8c_isolate *iso, v8c_context ctx, v8c_value fn, int argc,
                                   const v8c_value *argv, v8c_catch_scope *scope);
/* True, with the value, when `v` is a small integer (a Smi); a cheap first
 * test before v8c_is_number / v8c_number_value. */
bool v8c_int32_peek(v8c_value v, int32_t *out);
/* An integer as a value without a handle (as v8::ReturnValue::Set does):
 * when it is a Smi it is written into `slot`, caller storage, and the value
 * points there, so it is valid while the slot lives and is unchanged (use:
 * the arguments of one v8c_call_function); otherwise a handle as v8c_int32. */
typedef struct { uintptr_t bits; } v8c_slot;
v8c_value v8c_int32_slot(v8c_isolate *iso, v8c_slot *slot, int32_t v);
/* The same two, inline, for the hottest paths: this V8's small integers
 * (x86_64 without pointer compression) are the tagged word `value << 32`
 * (low bit clear), and every int32 is one; hotcall.cc checks this at build
 * time. */
#define V8C_SMI_SHIFT 32
static inline v8c_value v8c_smi_slot(v8c_slot *slot, int32_t v) {
  slot->bits = (uintptr_t)(uint32_t)v << V8C_SMI_SHIFT;
  return (v8c_value)(void *)slot;
}
static inline bool v8c_smi_peek(v8c_value v, int32_t *out) {
  uintptr_t bits = *(const uintptr_t *)(const void *)v;
  if (bits & 1) return false;
  *out = (int32_t)(uint32_t)(bits >> V8C_SMI_SHIFT);
  return true;
}

/* ---- GC and heap ---------------------------------------------------------------- */

/* Full GC now (needs --expose-gc for the "for testing" variant; falls back
 * to a low-memory notification, which also collects everything). */
void v8c_gc(v8c_isolate *iso);
typedef struct {
  size_t total_heap_size, used_heap_size, heap_size_limit, external_memory;
  size_t malloced_memory;
} v8c_heap_stats;
void v8c_heap_statistics(v8c_isolate *iso, v8c_heap_stats *out);
/* Tells V8 about memory held outside its heap so GC pressure reflects it. */
void v8c_adjust_external_memory(v8c_isolate *iso, int64_t delta);

/* ---- JSON ------------------------------------------------------------------------ */

v8c_value v8c_json_parse(v8c_context ctx, v8c_value text);
v8c_value v8c_json_stringify(v8c_context ctx, v8c_value value);

#ifdef __cplusplus
}
#endif

#endif /* V8C_H */
