/*
 * load_test.c — end-to-end test of stdlib-zig's exporter, from C.
 *
 * Each fixture is built exactly the way runtime/zig_build.c builds a module
 * (generated root + `zigar` package + the user file as module <stem>), then
 * dlopen'ed and its table read the way the loader will read it. Checks are
 * concrete facts about the fixtures, and wherever possible they are checked
 * against Zig itself: argument structs are filled using the reported field
 * offsets and the thunks called, so a wrong offset or a wrong measured
 * layout shows up as a wrong result, not just as a number we believed.
 *
 * Environment (run.sh sets it): ZIG, STDLIB (stdlib-zig/), FIXTURES, WORK
 * (a scratch directory).
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zig_abi.h"
#include "zig_dump.h"

static int passed, failed;
static const char *zig, *stdlib_dir, *fixtures, *work;
static const char *current = "";
/* Distinguishes build directories: rebuilding a library in place while it
 * is loaded would rewrite mapped pages under the running process. */
static const char *variant = "";

#define CHECK(cond)                                                                   \
  do {                                                                                \
    if (cond) {                                                                       \
      passed++;                                                                       \
    } else {                                                                          \
      failed++;                                                                       \
      fprintf(stderr, "FAIL [%s] %s:%d: %s\n", current, __FILE__, __LINE__, #cond); \
    }                                                                                 \
  } while (0)

#define CHECK_EQ(a, b)                                                                      \
  do {                                                                                      \
    long long _a = (long long)(a), _b = (long long)(b);                                     \
    if (_a == _b) {                                                                         \
      passed++;                                                                             \
    } else {                                                                                \
      failed++;                                                                             \
      fprintf(stderr, "FAIL [%s] %s:%d: %s == %s (%lld != %lld)\n", current, __FILE__, \
              __LINE__, #a, #b, _a, _b);                                                    \
    }                                                                                       \
  } while (0)

#define CHECK_STR(a, b)                                                                  \
  do {                                                                                   \
    const char *_a = (a), *_b = (b);                                                     \
    if (_a && _b && strcmp(_a, _b) == 0) {                                               \
      passed++;                                                                          \
    } else {                                                                             \
      failed++;                                                                          \
      fprintf(stderr, "FAIL [%s] %s:%d: %s == \"%s\" (got \"%s\")\n", current, __FILE__, \
              __LINE__, #a, _b ? _b : "(null)", _a ? _a : "(null)");                     \
    }                                                                                    \
  } while (0)

/* ---- the host ---------------------------------------------------------------- */

static struct {
  int allocs, frees;
  size_t last_len;
  uint32_t last_align;
  void *last_ctx, *last_ptr;
} host_log;

static void *host_alloc(void *ctx, size_t len, uint32_t alignment) {
  host_log.allocs++;
  host_log.last_len = len;
  host_log.last_align = alignment;
  host_log.last_ctx = ctx;
  size_t a = alignment < sizeof(void *) ? sizeof(void *) : alignment;
  size_t n = (len + a - 1) / a * a;
  void *p = aligned_alloc(a, n ? n : a);
  host_log.last_ptr = p;
  return p;
}

static void host_free(void *ctx, void *ptr, size_t len, uint32_t alignment) {
  host_log.frees++;
  free(ptr);
}

/* No JS here: the closure and thread services stay NULL (designated
 * initialisers, so new host fields need no edit here). */
static const zigar_host host = {
  .abi_version = ZIGAR_ABI_VERSION,
  .alloc = host_alloc,
  .free = host_free,
};

/* ---- building and loading -------------------------------------------------------- */

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = NULL;
  if (vasprintf(&s, f, ap) < 0) abort();
  va_end(ap);
  return s;
}

/* Builds fixtures/<stem>.zig with the exporter, as runtime/zig_build.c does,
 * and returns its table (NULL after reporting a failure). */
static const zigar_module *load(const char *stem, const char *optimize) {
  char *dir = fmt("%s/%s-%s%s", work, stem, optimize, variant);
  mkdir(dir, 0755);
  char *root = fmt("%s/exporter.zig", dir);
  FILE *f = fopen(root, "w");
  if (!f) abort();
  /* The generated root, verbatim from stdlib-zig/README.md. */
  fprintf(f, "const zigar = @import(\"zigar\");\ncomptime { zigar.exportModule(@import(\"%s\")); }\n", stem);
  fclose(f);
  /* The zigar_options module (a dependency of zigar), defaults as
   * runtime/zig_build.c writes them (docs/zig-build.md). */
  char *options = fmt("%s/zigar-options.zig", dir);
  f = fopen(options, "w");
  if (!f) abort();
  fprintf(f, "pub const optimize = \"%s\";\npub const use_libc = false;\npub const multithreaded = true;\n"
             "pub const omit_functions = false;\npub const omit_variables = false;\n", optimize);
  fclose(f);
  char *lib = fmt("%s/lib%s.so", dir, stem);
  char *cmd = fmt("cd '%s' && '%s' build-lib -dynamic -O %s -lc -fPIC --cache-dir '%s/cache' "
                  "--dep zigar --dep %s -Mroot='%s' --dep zigar -M%s='%s/%s.zig' "
                  "--dep zigar_options -Mzigar='%s/zigar.zig' -Mzigar_options='%s' "
                  "-femit-bin='%s' 2> '%s/build.log'",
                  dir, zig, optimize, work, stem, root, stem, fixtures, stem, stdlib_dir, options, lib, dir);
  int rc = system(cmd);
  const zigar_module *m = NULL;
  if (rc != 0) {
    failed++;
    fprintf(stderr, "FAIL [%s] build failed, see %s/build.log:\n", current, dir);
    char *cat = fmt("head -40 '%s/build.log' >&2", dir);
    if (system(cat)) {}
    free(cat);
    goto done;
  }
  void *h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    failed++;
    fprintf(stderr, "FAIL [%s] dlopen: %s\n", current, dlerror());
    goto done;
  }
  zigar_entry_fn entry = (zigar_entry_fn)(uintptr_t)dlsym(h, ZIGAR_ENTRY_SYMBOL);
  CHECK(entry != NULL);
  if (!entry) goto done;
  m = entry(&host);
  CHECK(m != NULL);
  if (m) {
    CHECK_EQ(m->abi_version, ZIGAR_ABI_VERSION);
    CHECK_STR(m->name, stem);
    CHECK_STR(m->zig_version, "0.15.2");
    CHECK_STR(m->optimize, optimize);
    CHECK_EQ(m->root_type, 0);
    CHECK(m->js_allocator_vtable != NULL);
    CHECK(entry(&host) == m); /* a second call returns the same, already probed table */
    /* The dump must be valid JSON. */
    char *json = zr_zig_dump_json(m);
    CHECK(json != NULL);
    char *path = fmt("%s/%s-%s%s.json", work, stem, optimize, variant);
    FILE *jf = fopen(path, "w");
    if (jf && json) fputs(json, jf);
    if (jf) fclose(jf);
    char *val = fmt("python3 -m json.tool '%s' > /dev/null", path);
    CHECK(system(val) == 0);
    printf("  %s (%s): %u types, %u members, %u decls, %u functions; dump: %s\n", stem, optimize,
           m->type_count, m->member_count, m->decl_count, m->function_count, path);
    free(val);
    free(path);
    free(json);
  }
done:
  free(dir);
  free(root);
  free(options);
  free(lib);
  free(cmd);
  return m;
}

/* ---- reading the table ------------------------------------------------------------ */

static int32_t type_index(const zigar_module *m, const char *name) {
  for (uint32_t i = 0; i < m->type_count; i++)
    if (strcmp(m->types[i].name, name) == 0) return (int32_t)i;
  fprintf(stderr, "  (no type named %s)\n", name);
  return -1;
}

static const zigar_type *type_at(const zigar_module *m, int32_t i) {
  static const zigar_type none = {.kind = 0xffff, .name = "(none)"};
  return i >= 0 && (uint32_t)i < m->type_count ? &m->types[i] : &none;
}

static const zigar_type *type_named(const zigar_module *m, const char *name) {
  return type_at(m, type_index(m, name));
}

static const zigar_member *member(const zigar_module *m, const zigar_type *t, const char *name) {
  static const zigar_member none = {.type = -1};
  for (uint32_t i = 0; i < t->member_count; i++) {
    const zigar_member *mem = &m->members[t->member_start + i];
    if (mem->name && strcmp(mem->name, name) == 0) return mem;
  }
  fprintf(stderr, "  (no member %s in %s)\n", name, t->name);
  return &none;
}

static const zigar_decl *decl_in(const zigar_module *m, const zigar_type *t, const char *name) {
  for (uint32_t i = 0; i < t->decl_count; i++) {
    const zigar_decl *d = &m->decls[t->decl_start + i];
    if (strcmp(d->name, name) == 0) return d;
  }
  return NULL;
}

static const zigar_decl *decl(const zigar_module *m, const char *name) {
  const zigar_decl *d = decl_in(m, &m->types[m->root_type], name);
  if (!d) fprintf(stderr, "  (no decl %s)\n", name);
  return d;
}

static const void *addr(const zigar_module *m, const char *name) {
  const zigar_decl *d = decl(m, name);
  return d ? d->address : NULL;
}

static const zigar_type *decl_type(const zigar_module *m, const char *name) {
  const zigar_decl *d = decl(m, name);
  return type_at(m, d ? d->type : -1);
}

static const zigar_function *function_in(const zigar_module *m, const zigar_type *t, const char *name) {
  const zigar_decl *d = decl_in(m, t, name);
  if (!d || d->kind != ZIGAR_DECL_FUNCTION || d->function < 0 || (uint32_t)d->function >= m->function_count) {
    fprintf(stderr, "  (no function %s in %s)\n", name, t->name);
    return NULL;
  }
  return &m->functions[d->function];
}

static const zigar_function *function(const zigar_module *m, const char *name) {
  return function_in(m, &m->types[m->root_type], name);
}

/* An argument struct for `f`, zeroed and aligned as the table says. */
typedef struct call {
  const zigar_module *m;
  const zigar_function *f;
  const zigar_type *args;
  unsigned char *bytes;
} call;

static call call_begin(const zigar_module *m, const zigar_function *f) {
  call c = {m, f, type_at(m, f ? f->args_type : -1), NULL};
  size_t a = c.args->alignment < 16 ? 16 : c.args->alignment;
  size_t n = (c.args->size + a - 1) / a * a;
  c.bytes = aligned_alloc(a, n ? n : a);
  memset(c.bytes, 0, n ? n : a);
  return c;
}

static void *field(call *c, const char *name) {
  return c->bytes + member(c->m, c->args, name)->bit_offset / 8;
}

static void call_run(call *c) {
  if (c->f) c->f->thunk(c->bytes);
}

/* Runs a thunk with stderr going to a file; returns what it wrote. */
static char *call_capture(call *c) {
  char *path = fmt("%s/stderr.txt", work);
  fflush(stderr);
  int saved = dup(2);
  int fd = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0644);
  dup2(fd, 2);
  close(fd);
  call_run(c);
  dup2(saved, 2);
  close(saved);
  static char buf[4096];
  memset(buf, 0, sizeof buf);
  FILE *f = fopen(path, "r");
  if (f) {
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
  }
  free(path);
  return buf;
}

static void call_end(call *c) { free(c->bytes); }

static uint16_t u16_at(const void *p, size_t off) {
  uint16_t v;
  memcpy(&v, (const char *)p + off, 2);
  return v;
}
static uint32_t u32_at(const void *p, size_t off) {
  uint32_t v;
  memcpy(&v, (const char *)p + off, 4);
  return v;
}
static uint64_t u64_at(const void *p, size_t off) {
  uint64_t v;
  memcpy(&v, (const char *)p + off, 8);
  return v;
}
static double f64_at(const void *p, size_t off) {
  double v;
  memcpy(&v, (const char *)p + off, 8);
  return v;
}
static void *ptr_at(const void *p, size_t off) {
  void *v;
  memcpy(&v, (const char *)p + off, sizeof v);
  return v;
}

static int64_t error_code(const zigar_module *m, const zigar_type *set, const char *name) {
  return member(m, set, name)->value;
}

/* ---- the seed's modules ------------------------------------------------------------ */

static void test_example_1(void) {
  current = "memory-example-1";
  const zigar_module *m = load("memory-example-1", "Debug");
  if (!m) return;
  const zigar_type *actor = type_named(m, "memory-example-1.Actor");
  CHECK_EQ(actor->kind, ZIGAR_KIND_STRUCT);
  CHECK_EQ(actor->size, 24);
  CHECK_EQ(actor->alignment, 8);
  CHECK_EQ(actor->member_count, 2);
  CHECK_EQ(actor->flags, 0);
  const zigar_member *name = member(m, actor, "name");
  const zigar_member *age = member(m, actor, "age");
  const zigar_type *slice = type_at(m, name->type);
  CHECK_EQ(slice->kind, ZIGAR_KIND_POINTER);
  CHECK_EQ(slice->flags, ZIGAR_FLAG_PTR_SLICE);
  CHECK_STR(slice->name, "[]u8");
  CHECK_EQ(slice->size, 16);
  CHECK_STR(type_at(m, slice->child)->name, "u8");
  CHECK_EQ(name->bit_size, 128);
  CHECK_EQ(type_at(m, age->type)->kind, ZIGAR_KIND_INT);
  CHECK_EQ(type_at(m, age->type)->bits, 32);
  CHECK_EQ(age->bit_size, 32);
  /* auto layout: the compiler chose; the two fields must not overlap */
  CHECK(name->bit_offset % 64 == 0 && age->bit_offset % 32 == 0);
  CHECK(name->bit_offset + 128 <= age->bit_offset || age->bit_offset + 32 <= name->bit_offset);
  const zigar_decl *d = decl(m, "Actor");
  CHECK(d && d->kind == ZIGAR_DECL_TYPE && type_at(m, d->type) == actor);
  CHECK_EQ(m->types[m->root_type].decl_count, 3);

  const zigar_function *print = function(m, "print");
  const zigar_function *deage = function(m, "deage");
  CHECK(print && deage);
  if (!print || !deage) return;
  CHECK_EQ(print->flags, 0);
  CHECK_EQ(deage->flags, 0); /* declared in the module, not in Actor: not a method */
  const zigar_type *ft = type_at(m, print->type);
  CHECK_EQ(ft->kind, ZIGAR_KIND_FUNCTION);
  CHECK_EQ(ft->member_count, 1);
  CHECK(type_at(m, m->members[ft->member_start].type) == actor);
  CHECK_EQ(type_at(m, ft->child)->kind, ZIGAR_KIND_VOID);

  call c = call_begin(m, print);
  CHECK_EQ(c.args->kind, ZIGAR_KIND_STRUCT);
  CHECK_EQ(c.args->member_count, 2);
  CHECK_STR(m->members[c.args->member_start].name, "retval");
  CHECK_STR(m->members[c.args->member_start + 1].name, "0");
  CHECK_EQ(type_at(m, member(m, c.args, "retval")->type)->kind, ZIGAR_KIND_VOID);
  CHECK(type_at(m, member(m, c.args, "0")->type) == actor);
  CHECK_EQ(c.args->size, 24);
  /* fill the Actor by value inside the argument struct, via reported offsets */
  unsigned char *a = field(&c, "0");
  static char arnold[] = "Arnold Schwarzenegger";
  char *p = arnold;
  size_t len = strlen(arnold);
  memcpy(a + name->bit_offset / 8, &p, 8);
  memcpy(a + name->bit_offset / 8 + 8, &len, 8);
  uint32_t years = 77;
  memcpy(a + age->bit_offset / 8, &years, 4);
  CHECK_STR(call_capture(&c), "Arnold Schwarzenegger is 77 years' old\n");
  call_end(&c);

  /* deage through a pointer: Zig writes into our memory */
  unsigned char *obj = aligned_alloc(8, 24);
  memset(obj, 0, 24);
  memcpy(obj + name->bit_offset / 8, &p, 8);
  memcpy(obj + name->bit_offset / 8 + 8, &len, 8);
  memcpy(obj + age->bit_offset / 8, &years, 4);
  c = call_begin(m, deage);
  CHECK_EQ(c.args->member_count, 3);
  const zigar_type *ptr = type_at(m, member(m, c.args, "0")->type);
  CHECK_EQ(ptr->kind, ZIGAR_KIND_POINTER);
  CHECK_EQ(ptr->flags, ZIGAR_FLAG_PTR_ONE);
  CHECK(type_at(m, ptr->child) == actor);
  memcpy(field(&c, "0"), &obj, 8);
  uint32_t forty = 40;
  memcpy(field(&c, "1"), &forty, 4);
  call_run(&c);
  CHECK_EQ(u32_at(obj, age->bit_offset / 8), 37);
  call_end(&c);
  free(obj);
}

static void test_example_3(void) {
  current = "memory-example-3";
  const zigar_module *m = load("memory-example-3", "Debug");
  if (!m) return;
  call c = call_begin(m, function(m, "returnBool"));
  memset(field(&c, "retval"), 0, 1);
  call_run(&c);
  CHECK_EQ(*(unsigned char *)field(&c, "retval"), 1);
  CHECK_EQ(type_at(m, member(m, c.args, "retval")->type)->kind, ZIGAR_KIND_BOOL);
  call_end(&c);
  c = call_begin(m, function(m, "returnInt"));
  call_run(&c);
  CHECK_EQ((int32_t)u32_at(field(&c, "retval"), 0), 123);
  CHECK_EQ(type_at(m, member(m, c.args, "retval")->type)->flags, ZIGAR_FLAG_SIGNED);
  call_end(&c);
}

static void test_example_4(void) {
  current = "memory-example-4";
  const zigar_module *m = load("memory-example-4", "Debug");
  if (!m) return;
  call c = call_begin(m, function(m, "returnStruct"));
  const zigar_type *s = type_at(m, member(m, c.args, "retval")->type);
  CHECK_EQ(s->kind, ZIGAR_KIND_STRUCT);
  CHECK_EQ(s->size, 16);
  CHECK_EQ(s->alignment, 8);
  call_run(&c);
  unsigned char *r = field(&c, "retval");
  CHECK_EQ((int32_t)u32_at(r, member(m, s, "int")->bit_offset / 8), 123);
  CHECK(f64_at(r, member(m, s, "float")->bit_offset / 8) == 3.14);
  /* the seed shows these bytes: float first, then the int */
  static const unsigned char seed[12] = {0x1f, 0x85, 0xeb, 0x51, 0xb8, 0x1e, 0x09, 0x40, 0x7b, 0, 0, 0};
  CHECK(memcmp(r, seed, 12) == 0);
  call_end(&c);
}

static void test_example_5(void) {
  current = "memory-example-5";
  const zigar_module *m = load("memory-example-5", "Debug");
  if (!m) return;
  call c = call_begin(m, function(m, "returnString"));
  const zigar_type *s = type_at(m, member(m, c.args, "retval")->type);
  CHECK_EQ(s->flags, ZIGAR_FLAG_PTR_SLICE | ZIGAR_FLAG_CONST);
  call_run(&c);
  unsigned char *r = field(&c, "retval");
  CHECK_EQ(u64_at(r, 8), 11);
  CHECK(memcmp(ptr_at(r, 0), "Hello world", 11) == 0);
  call_end(&c);
}

static void test_example_6(void) {
  current = "memory-example-6";
  const zigar_module *m = load("memory-example-6", "Debug");
  if (!m) return;
  CHECK(decl_in(m, &m->types[0], "string") == NULL); /* not pub */
  call c = call_begin(m, function(m, "returnString"));
  call_run(&c);
  unsigned char *r = field(&c, "retval");
  CHECK_EQ(u64_at(r, 8), 5);
  char *s = ptr_at(r, 0);
  s[0] = 123; /* .data is writable: the seed's typedArray[0] = 123 */
  call_end(&c);
  c = call_begin(m, function(m, "print"));
  CHECK_STR(call_capture(&c), "{ello\n");
  call_end(&c);
}

static void test_example_7(void) {
  current = "memory-example-7";
  const zigar_module *m = load("memory-example-7", "Debug");
  if (!m) return;
  const zigar_function *f = function(m, "returnString");
  CHECK(f && (f->flags & ZIGAR_FN_RETURNS_ERROR_UNION));
  call c = call_begin(m, f);
  CHECK_EQ(type_at(m, member(m, c.args, "error")->type)->bits, 16);
  memset(field(&c, "error"), 0xff, 2);
  call_run(&c);
  CHECK_EQ(u16_at(field(&c, "error"), 0), 0);
  unsigned char *r = field(&c, "retval");
  CHECK_EQ(u64_at(r, 8), 11);
  CHECK(memcmp(ptr_at(r, 0), "Hello world", 11) == 0);
  CHECK_EQ(host_log.allocs, 0); /* Zig's own allocator, not the host's */
  call c2 = call_begin(m, function(m, "freeString"));
  memcpy(field(&c2, "0"), r, 16);
  call_run(&c2);
  call_end(&c2);
  call_end(&c);
}

static void test_example_8(void) {
  current = "memory-example-8";
  const zigar_module *m = load("memory-example-8", "Debug");
  if (!m) return;
  call c = call_begin(m, function(m, "returnString"));
  const zigar_type *at = type_at(m, member(m, c.args, "0")->type);
  CHECK_EQ(at->kind, ZIGAR_KIND_ALLOCATOR);
  CHECK_EQ(at->size, 16);
  CHECK_EQ(at->alignment, 8);
  CHECK_EQ(at->member_count, 0);
  /* what the runtime does for every allocator field: { context, vtable } */
  int context = 0;
  void *ctx = &context;
  memcpy(field(&c, "0"), &ctx, 8);
  memcpy((char *)field(&c, "0") + 8, &m->js_allocator_vtable, 8);
  int before = host_log.allocs;
  call_run(&c);
  CHECK_EQ(host_log.allocs, before + 1);
  CHECK_EQ(host_log.last_len, 12);
  CHECK_EQ(host_log.last_align, 1);
  CHECK(host_log.last_ctx == ctx);
  CHECK_EQ(u16_at(field(&c, "error"), 0), 0);
  unsigned char *r = field(&c, "retval");
  CHECK(ptr_at(r, 0) == host_log.last_ptr);
  CHECK_EQ(u64_at(r, 8), 12);
  CHECK(memcmp(ptr_at(r, 0), "Hello world!", 12) == 0);
  free(host_log.last_ptr);
  call_end(&c);
}

/* The callback examples (9–16 without 12): the table describes the function
 * pointer types exactly; calling a C function pointer from Zig through the
 * thunk shows the parameter really is a plain code address. */
static bool cb9_called;
static bool cb9_a;
static int32_t cb9_b;
static void cb9(bool a, int32_t b) {
  cb9_called = true;
  cb9_a = a;
  cb9_b = b;
}

static const zigar_type *callback_type(const zigar_module *m, const char *fn) {
  const zigar_function *f = function(m, fn);
  if (!f) return type_at(m, -1);
  const zigar_type *ft = type_at(m, f->type);
  const zigar_type *ptr = type_at(m, m->members[ft->member_start].type);
  CHECK_EQ(ptr->kind, ZIGAR_KIND_POINTER);
  CHECK_EQ(ptr->flags, ZIGAR_FLAG_PTR_ONE | ZIGAR_FLAG_CONST);
  const zigar_type *cb = type_at(m, ptr->child);
  CHECK_EQ(cb->kind, ZIGAR_KIND_FUNCTION);
  CHECK_EQ(cb->flags & ZIGAR_FLAG_CALLCONV_C, 0); /* Zig calling convention */
  return cb;
}

static void test_callbacks(void) {
  current = "memory-example-9";
  const zigar_module *m = load("memory-example-9", "Debug");
  if (m) {
    const zigar_type *cb = callback_type(m, "call");
    CHECK_STR(cb->name, "fn (bool, i32) void");
    CHECK_EQ(cb->member_count, 2);
    CHECK_EQ(type_at(m, m->members[cb->member_start].type)->kind, ZIGAR_KIND_BOOL);
    CHECK_STR(type_at(m, m->members[cb->member_start + 1].type)->name, "i32");
    CHECK_EQ(type_at(m, cb->child)->kind, ZIGAR_KIND_VOID);
    /* The pointer field is a plain code address: Zig calls it. But Zig's
     * own calling convention is not C's (the Debug backend delivered the
     * (false, 1234) arguments as garbage to this C function), which is why
     * DESIGN.md has per-function-type handlers for JS callbacks. */
    call c = call_begin(m, function(m, "call"));
    void (*p)(bool, int32_t) = cb9;
    memcpy(field(&c, "0"), &p, 8);
    call_run(&c);
    CHECK(cb9_called);
    call_end(&c);
  }
  current = "memory-example-10";
  m = load("memory-example-10", "Debug");
  if (m) {
    const zigar_type *cb = callback_type(m, "call");
    const zigar_type *point = type_at(m, m->members[cb->member_start].type);
    CHECK_STR(point->name, "memory-example-10.Point");
    CHECK_EQ(point->size, 8);
  }
  current = "memory-example-11";
  m = load("memory-example-11", "Debug");
  if (m) {
    const zigar_type *cb = callback_type(m, "call");
    const zigar_type *ptr = type_at(m, m->members[cb->member_start].type);
    CHECK_EQ(ptr->flags, ZIGAR_FLAG_PTR_ONE);
    CHECK_STR(type_at(m, ptr->child)->name, "memory-example-11.Point");
  }
  current = "memory-example-13";
  m = load("memory-example-13", "Debug");
  if (m) {
    CHECK_STR(callback_type(m, "getBool")->name, "fn () bool");
    CHECK_STR(callback_type(m, "getInt")->name, "fn () i32");
  }
  current = "memory-example-14";
  m = load("memory-example-14", "Debug");
  if (m) CHECK_STR(type_at(m, callback_type(m, "getPoint")->child)->name, "memory-example-14.Point");
  static const char *const players[] = {"memory-example-15", "memory-example-16"};
  for (int i = 0; i < 2; i++) {
    current = players[i];
    m = load(players[i], "Debug");
    if (!m) continue;
    const zigar_type *cb = callback_type(m, "getPlayer");
    CHECK_EQ(type_at(m, m->members[cb->member_start].type)->kind, ZIGAR_KIND_ALLOCATOR);
    const zigar_type *player = type_at(m, cb->child);
    CHECK_EQ(player->member_count, 2);
    CHECK_EQ(type_at(m, member(m, player, "first_name")->type)->flags, ZIGAR_FLAG_PTR_SLICE | ZIGAR_FLAG_CONST);
  }
}

/* ---- every kind ------------------------------------------------------------------- */

static void check_int(const zigar_module *m, const char *name, uint32_t bits, bool is_signed, uint64_t size) {
  const zigar_type *t = type_named(m, name);
  CHECK_EQ(t->kind, ZIGAR_KIND_INT);
  CHECK_EQ(t->bits, bits);
  CHECK_EQ(!!(t->flags & ZIGAR_FLAG_SIGNED), is_signed);
  CHECK_EQ(t->size, size);
}

static void fill_allocator(call *c, const char *name, void *ctx) {
  memcpy(field(c, name), &ctx, 8);
  memcpy((char *)field(c, name) + 8, &c->m->js_allocator_vtable, 8);
}

static void test_kinds_layouts(const zigar_module *m, bool safe) {
  /* Values Zig wrote at run time, decoded with the probed layouts. */
  const zigar_type *holder = type_named(m, "kinds.Holder");
  const zigar_type *opt = type_at(m, member(m, holder, "opt")->type);
  const zigar_type *eu = type_at(m, member(m, holder, "eu")->type);
  const zigar_type *tagged = type_at(m, member(m, holder, "tagged")->type);
  const zigar_type *bare = type_at(m, member(m, holder, "bare")->type);
  const zigar_type *opt_ext = type_at(m, member(m, holder, "opt_ext")->type);
  const zigar_type *err = type_named(m, "error{Bad,Worse}");
  for (int present = 0; present < 2; present++) {
    call c = call_begin(m, function(m, "makeHolder"));
    *(bool *)field(&c, "0") = present;
    *(uint8_t *)field(&c, "1") = present ? 1 : 0;
    memset(field(&c, "retval"), 0xcc, holder->size);
    call_run(&c);
    unsigned char *h = field(&c, "retval");
    unsigned char *o = h + member(m, holder, "opt")->bit_offset / 8;
    CHECK_EQ(o[opt->offset_a], present);
    if (present) CHECK_EQ(u64_at(o, 0), 0x1122334455667788ull);
    unsigned char *e = h + member(m, holder, "eu")->bit_offset / 8;
    if (present) {
      CHECK_EQ(u16_at(e, eu->offset_b), error_code(m, err, "Bad"));
    } else {
      CHECK_EQ(u16_at(e, eu->offset_b), 0);
      CHECK_EQ(u32_at(e, eu->offset_a), 10);
    }
    unsigned char *t = h + member(m, holder, "tagged")->bit_offset / 8;
    CHECK_EQ(t[tagged->offset_b], present ? 1 : 0);
    if (present)
      CHECK_EQ(u64_at(t, tagged->offset_a), 7);
    else
      CHECK_EQ(t[tagged->offset_a], 3);
    unsigned char *b = h + member(m, holder, "bare")->bit_offset / 8;
    if (safe) {
      CHECK_EQ(b[bare->offset_b], present ? 1 : 0);
    }
    if (present)
      CHECK(f64_at(b, bare->offset_a) == 2.0);
    else
      CHECK_EQ(u32_at(b, bare->offset_a), 5);
    unsigned char *x = h + member(m, holder, "opt_ext")->bit_offset / 8;
    CHECK_EQ(x[opt_ext->offset_a], present);
    if (present) CHECK_EQ(u32_at(x, 4), 2);
    call_end(&c);
  }

  /* A bare union built from C with the hidden tag set as reported: Zig
   * reads the field without a safety panic. */
  unsigned char *u = aligned_alloc(16, 16);
  memset(u, 0, 16);
  double v = 2.5;
  memcpy(u + bare->offset_a, &v, 8);
  if (safe) {
    CHECK(bare->child >= 0);
    CHECK_EQ(type_at(m, bare->child)->kind, ZIGAR_KIND_INT);
    u[bare->offset_b] = 1; /* index of field b */
  } else {
    CHECK_EQ(bare->child, -1);
    CHECK_EQ(bare->size, 8);
  }
  call c = call_begin(m, function(m, "readBareB"));
  memcpy(field(&c, "0"), &u, 8);
  call_run(&c);
  CHECK(f64_at(field(&c, "retval"), 0) == 2.5);
  call_end(&c);
  free(u);
}

static void test_kinds(const char *optimize) {
  current = "kinds";
  const zigar_module *m = load("kinds", optimize);
  if (!m) return;
  bool safe = strcmp(optimize, "Debug") == 0 || strcmp(optimize, "ReleaseSafe") == 0;

  /* ints, floats, bool, void: the types and the variables' bytes */
  check_int(m, "u0", 0, false, 0);
  check_int(m, "i7", 7, true, 1);
  check_int(m, "u65", 65, false, 16);
  check_int(m, "u128", 128, false, 16);
  /* i7 -5 is stored as 0x7b: the byte's top bit is not a sign extension,
   * readers must sign-extend from `bits` */
  CHECK_EQ(*(const uint8_t *)addr(m, "v_i7") & 0x7f, 0x7b);
  CHECK_EQ(u64_at(addr(m, "v_u65"), 0), 1);
  CHECK_EQ(u64_at(addr(m, "v_u65"), 8), 1);
  CHECK_EQ(u64_at(addr(m, "v_u128"), 8), 1ull << 36);
  static const struct { const char *name; uint32_t bits; uint64_t size; } floats[] = {
      {"f16", 16, 2}, {"f32", 32, 4}, {"f64", 64, 8}, {"f80", 80, 16}, {"f128", 128, 16}};
  for (size_t i = 0; i < 5; i++) {
    const zigar_type *t = type_named(m, floats[i].name);
    CHECK_EQ(t->kind, ZIGAR_KIND_FLOAT);
    CHECK_EQ(t->bits, floats[i].bits);
    CHECK_EQ(t->size, floats[i].size);
  }
  CHECK(f64_at(addr(m, "v_f64"), 0) == 3.25);
  CHECK_EQ(type_named(m, "bool")->kind, ZIGAR_KIND_BOOL);
  CHECK_EQ(type_named(m, "void")->size, 0);
  CHECK_EQ(decl(m, "v_void")->kind, ZIGAR_DECL_VAR);
  CHECK_EQ(decl(m, "v_bool")->kind, ZIGAR_DECL_VAR);
  CHECK_EQ(*(const uint8_t *)addr(m, "v_bool"), 1);

  /* structs: defaults, comptime fields, offsets checked by calling methods */
  const zigar_type *autos = type_named(m, "kinds.Auto");
  CHECK_EQ(autos->kind, ZIGAR_KIND_STRUCT);
  CHECK_EQ(autos->flags, 0);
  CHECK_EQ(autos->member_count, 8);
  const zigar_member *a = member(m, autos, "a"), *b = member(m, autos, "b"), *cc = member(m, autos, "c");
  CHECK_EQ(a->flags, ZIGAR_MEMBER_HAS_DEFAULT);
  CHECK_EQ(*(const uint8_t *)a->default_value, 7);
  CHECK_EQ(b->flags, 0);
  CHECK(b->default_value == NULL);
  CHECK_EQ(u16_at(cc->default_value, 0), 0x1234);
  const zigar_member *k = member(m, autos, "k");
  CHECK_EQ(k->flags, ZIGAR_MEMBER_COMPTIME);
  CHECK_EQ(u32_at(k->default_value, 0), 99);
  CHECK_EQ(type_at(m, member(m, autos, "ki")->type)->kind, ZIGAR_KIND_COMPTIME_INT);
  CHECK_EQ(u64_at(member(m, autos, "ki")->default_value, 0), 42);
  CHECK_STR(type_at(m, member(m, autos, "big")->type)->name, "u128");
  CHECK_EQ(u64_at(member(m, autos, "big")->default_value, 8), 1ull << 16);
  CHECK(f64_at(member(m, autos, "kf")->default_value, 0) == 1.5);
  CHECK_STR((const char *)member(m, autos, "kl")->default_value, "dog");
  CHECK_STR(decl_in(m, autos, "tag") ? type_at(m, decl_in(m, autos, "tag")->type)->name : NULL, "*const [4:0]u8");
  {
    const zigar_function *sum = function_in(m, autos, "sum");
    const zigar_function *bump = function_in(m, autos, "bump");
    CHECK(sum && (sum->flags & ZIGAR_FN_METHOD));
    CHECK(bump && (bump->flags & ZIGAR_FN_METHOD));
    call c = call_begin(m, sum);
    unsigned char *s = field(&c, "0");
    s[a->bit_offset / 8] = 1;
    uint64_t two = 2;
    memcpy(s + b->bit_offset / 8, &two, 8);
    uint16_t three = 3;
    memcpy(s + cc->bit_offset / 8, &three, 2);
    call_run(&c);
    CHECK_EQ(u64_at(field(&c, "retval"), 0), 6);
    unsigned char *obj = aligned_alloc(8, autos->size);
    memcpy(obj, s, autos->size);
    call_end(&c);
    c = call_begin(m, bump);
    memcpy(field(&c, "0"), &obj, 8);
    call_run(&c);
    CHECK_EQ(u64_at(obj, b->bit_offset / 8), 3);
    call_end(&c);
    free(obj);
  }
  const zigar_type *ext = type_named(m, "kinds.Ext");
  CHECK_EQ(ext->flags, ZIGAR_FLAG_EXTERN);
  CHECK_EQ(ext->size, 12);
  CHECK_EQ(member(m, ext, "a")->bit_offset, 0);
  CHECK_EQ(member(m, ext, "b")->bit_offset, 32);
  CHECK_EQ(member(m, ext, "c")->bit_offset, 64);
  const zigar_type *pack = type_named(m, "kinds.Pack");
  CHECK_EQ(pack->flags, ZIGAR_FLAG_PACKED);
  CHECK_EQ(pack->bits, 16);
  CHECK_EQ(member(m, pack, "a")->bit_offset, 0);
  CHECK_EQ(member(m, pack, "b")->bit_offset, 3);
  CHECK_EQ(member(m, pack, "c")->bit_offset, 8);
  CHECK_EQ(member(m, pack, "d")->bit_offset, 9);
  CHECK_EQ(member(m, pack, "d")->bit_size, 7);
  CHECK_EQ(*(const uint8_t *)member(m, pack, "b")->default_value, 17);
  const zigar_type *tuple = decl_type(m, "Tuple");
  CHECK_EQ(tuple->flags, ZIGAR_FLAG_TUPLE);
  CHECK_EQ(tuple->member_count, 3);
  CHECK_EQ(type_at(m, member(m, tuple, "1")->type)->kind, ZIGAR_KIND_FLOAT);

  /* unions */
  const zigar_type *tagged = type_named(m, "kinds.Tagged");
  CHECK_EQ(tagged->flags, ZIGAR_FLAG_TAGGED);
  const zigar_type *tag = type_at(m, tagged->child);
  CHECK_EQ(tag->kind, ZIGAR_KIND_ENUM);
  CHECK_EQ(tag->member_count, 3);
  CHECK_EQ(member(m, tag, "c")->value, 2);
  {
    const unsigned char *v = addr(m, "tagged_b");
    CHECK_EQ(v[tagged->offset_b], 1);
    CHECK_EQ(u64_at(v, tagged->offset_a), 0xabcdef);
    CHECK_EQ(member(m, tagged, "b")->bit_offset, tagged->offset_a * 8ull);
    const zigar_type *small = type_named(m, "kinds.TaggedSmall");
    const unsigned char *s = addr(m, "tagged_small");
    CHECK_EQ(s[small->offset_b], 7);
    CHECK_EQ(u16_at(s, small->offset_a), 0x4242);
  }
  CHECK_EQ(type_named(m, "kinds.ExtU")->flags, ZIGAR_FLAG_EXTERN);
  CHECK_EQ(type_named(m, "kinds.PackU")->flags, ZIGAR_FLAG_PACKED);
  CHECK_EQ(type_named(m, "kinds.Bare")->flags & ZIGAR_FLAG_TAGGED, 0);

  /* enums, error sets */
  const zigar_type *color = type_named(m, "kinds.Color");
  CHECK_EQ(color->kind, ZIGAR_KIND_ENUM);
  CHECK_STR(type_at(m, color->child)->name, "i8");
  CHECK_EQ(member(m, color, "red")->value, -1);
  CHECK_EQ(member(m, color, "blue")->value, 5);
  CHECK_EQ(type_named(m, "kinds.Open")->flags, ZIGAR_FLAG_NON_EXHAUSTIVE);
  CHECK_EQ((uint64_t)member(m, type_named(m, "kinds.Big"), "high")->value, 0xfffffffffffffff0ull);
  const zigar_type *err = type_named(m, "error{Bad,Worse}");
  CHECK_EQ(err->kind, ZIGAR_KIND_ERROR_SET);
  CHECK_EQ(err->member_count, 2);
  CHECK(member(m, err, "Bad")->value > 0);
  const zigar_type *anyerr = type_named(m, "anyerror");
  CHECK_EQ(anyerr->flags, ZIGAR_FLAG_ANYERROR);
  CHECK_EQ(anyerr->member_count, 0);

  /* optionals */
  const zigar_type *oi = decl_type(m, "opt_int");
  CHECK_EQ(oi->kind, ZIGAR_KIND_OPTIONAL);
  CHECK_EQ(((const uint8_t *)addr(m, "opt_int"))[oi->offset_a], 1);
  CHECK_EQ(u32_at(addr(m, "opt_int"), 0), 77);
  CHECK_EQ(((const uint8_t *)addr(m, "opt_null"))[decl_type(m, "opt_null")->offset_a], 0);
  CHECK_EQ(((const uint8_t *)addr(m, "opt_struct"))[decl_type(m, "opt_struct")->offset_a], 1);
  CHECK_EQ(decl_type(m, "opt_ptr")->flags, ZIGAR_FLAG_OPTIONAL_PTR_NULL | ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(u64_at(addr(m, "opt_ptr"), 0), 0);
  CHECK_EQ(decl_type(m, "opt_slice")->flags, ZIGAR_FLAG_OPTIONAL_PTR_NULL | ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(decl_type(m, "anyptr")->flags, ZIGAR_FLAG_OPTIONAL_PTR_NULL | ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(decl_type(m, "handle")->flags, ZIGAR_FLAG_OPTIONAL_PTR_NULL | ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  /* C and allowzero pointers can be 0 themselves: a separate flag */
  CHECK_EQ(decl_type(m, "opt_c")->flags, 0);
  CHECK_EQ(((const uint8_t *)addr(m, "opt_c"))[decl_type(m, "opt_c")->offset_a], 0);
  CHECK_EQ(decl_type(m, "opt_allowzero")->flags, 0);
  CHECK_EQ(decl_type(m, "opt_allowzero")->offset_a, 8);
  /* ?ErrorSet: no flag byte either, null is error code 0 (ZERO_NULL without PTR_NULL) */
  CHECK_EQ(decl_type(m, "opt_err")->flags, ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(decl_type(m, "opt_err")->size, 2);
  CHECK_EQ(u16_at(addr(m, "opt_err"), 0), u16_at(addr(m, "eu_err"), decl_type(m, "eu_err")->offset_b));
  CHECK_EQ(u16_at(addr(m, "opt_err_null"), 0), 0);
  CHECK_EQ(decl_type(m, "opt_anyerr")->flags, ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(decl_type(m, "opt_anyerr")->size, 2);
  CHECK_EQ(u16_at(addr(m, "opt_anyerr"), 0), 0);
  CHECK_EQ(decl_type(m, "opt_noerr")->flags, ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
  CHECK_EQ(decl_type(m, "opt_noerr")->size, 0);
  {
    call c = call_begin(m, function(m, "maybe"));
    const zigar_type *ot = type_at(m, member(m, c.args, "retval")->type);
    unsigned char *arg = field(&c, "0");
    uint32_t five = 5;
    memcpy(arg, &five, 4);
    arg[ot->offset_a] = 1;
    call_run(&c);
    CHECK_EQ(((uint8_t *)field(&c, "retval"))[ot->offset_a], 1);
    CHECK_EQ(u32_at(field(&c, "retval"), 0), 10);
    arg[ot->offset_a] = 0;
    call_run(&c);
    CHECK_EQ(((uint8_t *)field(&c, "retval"))[ot->offset_a], 0);
    call_end(&c);
  }

  /* error unions */
  const zigar_type *eut = decl_type(m, "eu_ok");
  CHECK_EQ(eut->kind, ZIGAR_KIND_ERROR_UNION);
  CHECK(type_at(m, eut->child2) == err);
  CHECK_EQ(u16_at(addr(m, "eu_ok"), eut->offset_b), 0);
  CHECK_EQ(u32_at(addr(m, "eu_ok"), eut->offset_a), 1234);
  CHECK_EQ(u16_at(addr(m, "eu_err"), eut->offset_b), error_code(m, err, "Worse"));
  const zigar_type *eua = decl_type(m, "eu_any");
  CHECK(type_at(m, eua->child2) == anyerr);
  CHECK_EQ(u16_at(addr(m, "eu_any"), eua->offset_b), error_code(m, err, "Bad"));
  CHECK_EQ(u16_at(addr(m, "eu_void"), decl_type(m, "eu_void")->offset_b), error_code(m, err, "Bad"));
  CHECK_EQ(u64_at(addr(m, "eu_empty"), decl_type(m, "eu_empty")->offset_a), 5);
  CHECK_EQ(u16_at(addr(m, "eu_empty"), decl_type(m, "eu_empty")->offset_b), 0);
  for (int code = 0; code < 3; code++) {
    call c = call_begin(m, function(m, "fail"));
    CHECK(c.f && (c.f->flags & ZIGAR_FN_RETURNS_ERROR_UNION));
    *(uint8_t *)field(&c, "0") = (uint8_t)code;
    memset(field(&c, "error"), 0xff, 2);
    call_run(&c);
    static const char *const names[] = {NULL, "Bad", "Worse"};
    CHECK_EQ(u16_at(field(&c, "error"), 0), code ? error_code(m, err, names[code]) : 0);
    if (!code) CHECK_EQ(u32_at(field(&c, "retval"), 0), 10);
    call_end(&c);
  }
  {
    call c = call_begin(m, function(m, "failAny"));
    *(uint8_t *)field(&c, "0") = 1;
    call_run(&c);
    const zigar_type *set = type_at(m, type_at(m, type_at(m, c.f->type)->child)->child2);
    CHECK_EQ(set->member_count, 1);
    CHECK_EQ(u16_at(field(&c, "error"), 0), error_code(m, set, "Unexpected"));
    CHECK_EQ(type_at(m, member(m, c.args, "retval")->type)->kind, ZIGAR_KIND_VOID);
    call_end(&c);
  }

  /* arrays, vectors, pointers */
  const zigar_type *arr = decl_type(m, "arr");
  CHECK_EQ(arr->kind, ZIGAR_KIND_ARRAY);
  CHECK_EQ(arr->length, 3);
  CHECK_EQ(arr->size, 6);
  CHECK_EQ(u16_at(addr(m, "arr"), 4), 3);
  const zigar_type *arr_s = decl_type(m, "arr_s");
  CHECK_EQ(arr_s->flags, ZIGAR_FLAG_HAS_SENTINEL);
  CHECK_EQ(arr_s->length, 2);
  CHECK_EQ(arr_s->size, 3);
  CHECK(arr_s->sentinel && *(const uint8_t *)arr_s->sentinel == 0);
  CHECK(decl_type(m, "arr_s7")->sentinel && u32_at(decl_type(m, "arr_s7")->sentinel, 0) == 7);
  const zigar_type *vec = decl_type(m, "vec");
  CHECK_EQ(vec->kind, ZIGAR_KIND_VECTOR);
  CHECK_EQ(vec->length, 4);
  CHECK_STR(type_at(m, vec->child)->name, "f32");
  CHECK_EQ(decl_type(m, "slice")->flags, ZIGAR_FLAG_PTR_SLICE | ZIGAR_FLAG_CONST);
  CHECK_EQ(decl_type(m, "slice_s")->flags, ZIGAR_FLAG_PTR_SLICE | ZIGAR_FLAG_CONST | ZIGAR_FLAG_HAS_SENTINEL);
  CHECK_EQ(decl_type(m, "many")->flags, ZIGAR_FLAG_PTR_MANY | ZIGAR_FLAG_CONST);
  CHECK_EQ(decl_type(m, "many_s")->flags, ZIGAR_FLAG_PTR_MANY | ZIGAR_FLAG_CONST | ZIGAR_FLAG_HAS_SENTINEL);
  CHECK_EQ(decl_type(m, "cptr")->flags, ZIGAR_FLAG_PTR_C | ZIGAR_FLAG_CONST | ZIGAR_FLAG_ALLOWZERO);
  CHECK_EQ(decl_type(m, "single")->flags, ZIGAR_FLAG_PTR_ONE | ZIGAR_FLAG_CONST);
  CHECK_EQ(u32_at(ptr_at(addr(m, "single"), 0), 0), 5);
  CHECK_EQ(type_named(m, "anyopaque")->kind, ZIGAR_KIND_OPAQUE);
  const zigar_type *handle = decl_type(m, "Handle");
  CHECK_EQ(handle->kind, ZIGAR_KIND_OPAQUE);
  CHECK(decl_in(m, handle, "level") && decl_in(m, handle, "level")->kind == ZIGAR_DECL_COMPTIME);
  {
    const zigar_type *fp = decl_type(m, "fnptr");
    const zigar_type *fnt = type_at(m, fp->child);
    CHECK_EQ(fnt->kind, ZIGAR_KIND_FUNCTION);
    CHECK(fnt->flags & ZIGAR_FLAG_CALLCONV_C);
    int32_t (*cfn)(int32_t) = (int32_t (*)(int32_t))(uintptr_t)ptr_at(addr(m, "fnptr"), 0);
    CHECK_EQ(cfn(41), 42);
  }

  /* consts */
  CHECK_EQ(decl(m, "k_int")->kind, ZIGAR_DECL_CONST);
  CHECK_EQ((int32_t)u32_at(addr(m, "k_int"), 0), -42);
  CHECK_EQ(u32_at(addr(m, "k_struct"), 4), 10);
  CHECK_STR((const char *)ptr_at(addr(m, "k_string"), 0), "const string");
  CHECK_EQ(u64_at(addr(m, "k_slice"), 8), 2);
  static const struct { const char *name; int64_t value; } ints[] = {{"k_comptime_int", 1234}, {"k_negative", -5}};
  for (size_t i = 0; i < 2; i++) {
    const zigar_decl *d = decl(m, ints[i].name);
    CHECK(d && d->kind == ZIGAR_DECL_COMPTIME);
    CHECK_EQ(type_at(m, d->type)->kind, ZIGAR_KIND_COMPTIME_INT);
    CHECK_EQ((int64_t)u64_at(d->address, 0), ints[i].value);
  }
  CHECK_STR(decl_type(m, "k_huge")->name, "u128");
  CHECK_EQ(u64_at(addr(m, "k_huge"), 8), 1ull << 36);
  CHECK_STR(decl_type(m, "k_huge_negative")->name, "i128");
  CHECK_EQ(u64_at(addr(m, "k_huge_negative"), 8), (uint64_t)-64); /* -(2^70) >> 64 */
  CHECK_EQ(decl_type(m, "k_float")->kind, ZIGAR_KIND_COMPTIME_FLOAT);
  CHECK(f64_at(addr(m, "k_float"), 0) == 2.5);
  CHECK_EQ(decl_type(m, "k_literal")->kind, ZIGAR_KIND_ENUM_LITERAL);
  CHECK_STR((const char *)addr(m, "k_literal"), "spaniel");
  CHECK_EQ(decl_type(m, "k_null")->kind, ZIGAR_KIND_NULL);
  CHECK(addr(m, "k_null") == NULL);
  CHECK_EQ(decl_type(m, "k_undefined")->kind, ZIGAR_KIND_UNDEFINED);
  const zigar_type *kt = decl_type(m, "k_tuple");
  CHECK_EQ(kt->flags, ZIGAR_FLAG_TUPLE);
  CHECK_EQ(kt->size, 0);
  CHECK_EQ(m->members[kt->member_start + 1].flags, ZIGAR_MEMBER_COMPTIME);
  CHECK_EQ(u64_at(m->members[kt->member_start + 1].default_value, 0), 2);
  CHECK(decl_in(m, &m->types[0], "k_type_list") == NULL);
  CHECK_EQ(*(const uint8_t *)addr(m, "k_color"), 5);
  CHECK_EQ(u16_at(addr(m, "k_error"), 0), error_code(m, err, "Bad"));

  /* namespaces */
  const zigar_type *outer = decl_type(m, "Outer");
  CHECK(decl_in(m, outer, "counter") && decl_in(m, outer, "counter")->kind == ZIGAR_DECL_VAR);
  const zigar_decl *inner_d = decl_in(m, outer, "Inner");
  CHECK(inner_d && inner_d->kind == ZIGAR_DECL_TYPE);
  if (inner_d) {
    const zigar_type *inner = type_at(m, inner_d->type);
    CHECK(decl_in(m, inner, "depth") && u64_at(decl_in(m, inner, "depth")->address, 0) == 2);
    call c = call_begin(m, function_in(m, inner, "hello"));
    call_run(&c);
    CHECK_EQ(*(uint8_t *)field(&c, "retval"), 2);
    call_end(&c);
  }

  /* functions */
  {
    call c = call_begin(m, function(m, "add"));
    int32_t x = 40, y = 2;
    memcpy(field(&c, "0"), &x, 4);
    memcpy(field(&c, "1"), &y, 4);
    call_run(&c);
    CHECK_EQ((int32_t)u32_at(field(&c, "retval"), 0), 42);
    call_end(&c);
    c = call_begin(m, function(m, "twice"));
    uint32_t v = 21;
    memcpy(field(&c, "0"), &v, 4);
    call_run(&c);
    CHECK_EQ(u32_at(field(&c, "retval"), 0), 42);
    call_end(&c);
    c = call_begin(m, function(m, "exportedC"));
    CHECK(type_at(m, c.f->type)->flags & ZIGAR_FLAG_CALLCONV_C);
    call_end(&c);
    const zigar_function *halt = function(m, "halt");
    CHECK(halt != NULL);
    if (halt) CHECK_EQ(type_at(m, type_at(m, halt->type)->child)->kind, ZIGAR_KIND_NORETURN);
  }
  static const char *const skipped[] = {"generic", "withComptime", "makeType", "takesType", "printf"};
  for (size_t i = 0; i < 5; i++) CHECK(decl_in(m, &m->types[0], skipped[i]) == NULL);
  {
    int ctx;
    call c = call_begin(m, function(m, "dupe"));
    fill_allocator(&c, "0", &ctx);
    const char *s = "copy me";
    size_t len = 7;
    memcpy(field(&c, "1"), &s, 8);
    memcpy((char *)field(&c, "1") + 8, &len, 8);
    call_run(&c);
    CHECK_EQ(u16_at(field(&c, "error"), 0), 0);
    CHECK(memcmp(ptr_at(field(&c, "retval"), 0), "copy me", 7) == 0);
    CHECK(ptr_at(field(&c, "retval"), 0) == host_log.last_ptr);
    free(host_log.last_ptr);
    call_end(&c);
    /* an ArrayList growing: alloc, then alloc + copy + free on each growth
     * (remap returns null, resize only shrinks) */
    int allocs = host_log.allocs, frees = host_log.frees;
    c = call_begin(m, function(m, "grow"));
    fill_allocator(&c, "0", &ctx);
    call_run(&c);
    CHECK_EQ(u16_at(field(&c, "error"), 0), 0);
    CHECK_EQ(u64_at(field(&c, "retval"), 0), 100);
    CHECK(host_log.allocs - allocs >= 2);
    CHECK_EQ(host_log.allocs - allocs, host_log.frees - frees);
    call_end(&c);
  }
  CHECK_EQ(type_named(m, "mem.Allocator")->kind, ZIGAR_KIND_ALLOCATOR);

  test_kinds_layouts(m, safe);
}

/* ---- whose declarations, determinism ------------------------------------------------ */

static void test_walk(void) {
  current = "walk";
  const zigar_module *m = load("walk", "Debug");
  if (!m) return;
  const zigar_type *point = type_named(m, "walk.Point");
  CHECK(decl_in(m, point, "length") != NULL);
  CHECK(decl_in(m, point, "origin") && decl_in(m, point, "origin")->kind == ZIGAR_DECL_CONST);
  const zigar_function *length = function_in(m, point, "length");
  CHECK(length && (length->flags & ZIGAR_FN_METHOD));
  const zigar_type *other = decl_type(m, "other");
  CHECK_STR(other->name, "walk-other");
  CHECK(decl_in(m, other, "hello") != NULL);
  CHECK(decl_in(m, type_named(m, "walk-other.Thing"), "double") != NULL);
  CHECK_EQ(decl_type(m, "List")->decl_count, 0); /* std types: fields only */
  CHECK_EQ(decl_type(m, "std_reexport")->decl_count, 0);
  CHECK(decl_in(m, type_named(m, "walk.Generic(u8)"), "get") != NULL);
  /* a self-referential struct, and a method through *const Self */
  const zigar_type *node = type_named(m, "walk.Node");
  const zigar_function *count = function_in(m, node, "count");
  CHECK(count && (count->flags & ZIGAR_FN_METHOD));
  if (count) {
    const zigar_member *value = member(m, node, "value"), *next = member(m, node, "next");
    CHECK_EQ(type_at(m, next->type)->flags, ZIGAR_FLAG_OPTIONAL_PTR_NULL | ZIGAR_FLAG_OPTIONAL_ZERO_NULL);
    CHECK(type_at(m, type_at(m, type_at(m, next->type)->child)->child) == node);
    unsigned char nodes[3][16] __attribute__((aligned(8)));
    memset(nodes, 0, sizeof nodes);
    for (int i = 0; i < 3; i++) {
      int32_t v = i;
      memcpy(nodes[i] + value->bit_offset / 8, &v, 4);
      void *n = i < 2 ? nodes[i + 1] : NULL;
      memcpy(nodes[i] + next->bit_offset / 8, &n, 8);
    }
    call c = call_begin(m, count);
    void *first = nodes[0];
    memcpy(field(&c, "0"), &first, 8);
    call_run(&c);
    CHECK_EQ(u64_at(field(&c, "retval"), 0), 3);
    call_end(&c);
  }
}

/* The same source gives the same indices: two builds (two output files,
 * two copies loaded) agree on every name in order. */
static void test_deterministic(void) {
  current = "deterministic";
  variant = "-a";
  const zigar_module *a = load("kinds", "Debug");
  variant = "-b";
  const zigar_module *b = load("kinds", "Debug");
  variant = "";
  CHECK(a != b);
  if (!a || !b) return;
  CHECK_EQ(a->type_count, b->type_count);
  CHECK_EQ(a->decl_count, b->decl_count);
  CHECK_EQ(a->function_count, b->function_count);
  for (uint32_t i = 0; i < a->type_count && i < b->type_count; i++) CHECK_STR(a->types[i].name, b->types[i].name);
  for (uint32_t i = 0; i < a->decl_count && i < b->decl_count; i++) CHECK_STR(a->decls[i].name, b->decls[i].name);
}

int main(void) {
  zig = getenv("ZIG");
  stdlib_dir = getenv("STDLIB");
  fixtures = getenv("FIXTURES");
  work = getenv("WORK");
  if (!zig || !stdlib_dir || !fixtures || !work) {
    fprintf(stderr, "load_test: set ZIG, STDLIB, FIXTURES and WORK (run.sh does)\n");
    return 2;
  }
  test_example_1();
  test_example_3();
  test_example_4();
  test_example_5();
  test_example_6();
  test_example_7();
  test_example_8();
  test_callbacks();
  test_kinds("Debug");
  test_kinds("ReleaseFast");
  test_kinds("ReleaseSafe");
  test_walk();
  test_deterministic();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
