/*
 * zig_output.c — redirecting a Zig library's stdout/stderr (zig_output.h).
 *
 * The GOT entries are found from the library's dynamic section (DT_JMPREL for
 * PLT calls, DT_RELA for GOT loads when built with -fno-plt), matched by the
 * symbol name of their relocation, and overwritten with our functions. With
 * full RELRO the GOT is read-only after loading, so the page is made writable
 * for the patch and read-only again.
 */
#include "zig_output.h"

#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include "check.h"
#include "zig_memory.h"
#include "zig_threads.h"
#include "errors.h"
#include <stdlib.h>

static pthread_t main_thread;
static bool main_thread_known;
static int call_depth;
static v8c_context current_ctx;
static char *line_buf;
static size_t line_len, line_cap;

/* Hands one line (without its newline) to the realm's console.log. */
static void emit_line(const char *data, size_t len) {
  v8c_context ctx = current_ctx;
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (v8c_exception_pending(iso)) {
    /* A previous console.log threw: keep the output, write it directly. */
    ssize_t ignored = write(1, data, len);
    ignored = write(1, "\n", 1);
    (void)ignored;
    return;
  }
  v8c_value console = v8c_get_named(ctx, v8c_context_global(ctx), "console");
  v8c_value log = console ? v8c_get_named(ctx, console, "log") : NULL;
  if (!log) return;
  v8c_value text = v8c_string(iso, data, (ptrdiff_t)len);
  if (text) v8c_call(ctx, log, console, 1, &text);
}

/* ---- other threads: lines queued for the JS thread (zig_threads.c) ---- */

typedef struct thread_lines {
  char *buf;
  size_t len, cap;
  int fd;
} thread_lines;

static pthread_key_t lines_key;
static pthread_once_t lines_once = PTHREAD_ONCE_INIT;

static void queue_line(int fd, const char *data, size_t len) {
  if (zr_zig_threads_output(fd, data, len)) return;
  ssize_t ignored = write(fd, data, len); /* nobody takes it any more */
  ignored = write(fd, "\n", 1);
  (void)ignored;
}

/* The thread ends: its partial line goes out as a line. */
static void lines_done(void *p) {
  thread_lines *t = p;
  if (t->len > 0) queue_line(t->fd, t->buf, t->len);
  free(t->buf);
  free(t);
}

static void lines_init(void) {
  CHECK(pthread_key_create(&lines_key, lines_done) == 0);
}

static bool other_thread(int fd) {
  return (fd == 1 || fd == 2) && main_thread_known && !pthread_equal(pthread_self(), main_thread);
}

static void take_other(int fd, const char *data, size_t len) {
  pthread_once(&lines_once, lines_init);
  thread_lines *t = pthread_getspecific(lines_key);
  if (!t) {
    t = zr_xcalloc(1, sizeof *t);
    t->fd = fd;
    pthread_setspecific(lines_key, t);
  }
  if (t->len > 0 && t->fd != fd) { /* the other stream: end the partial line */
    queue_line(t->fd, t->buf, t->len);
    t->len = 0;
  }
  t->fd = fd;
  for (size_t i = 0; i < len; i++) {
    if (data[i] == '\n') {
      if (fd == 2 && t->len >= 7 && memcmp(t->buf, "panic: ", 7) == 0) {
        /* the module's panic handler (stdlib-zig/panic.zig) aborts right
         * after this line: straight to stderr, where a crash's message
         * belongs, before the JS thread could take it for console.log */
        ssize_t ignored = write(fd, t->buf, t->len);
        ignored = write(fd, "\n", 1);
        (void)ignored;
        t->len = 0;
        continue;
      }
      queue_line(fd, t->buf ? t->buf : "", t->len);
      t->len = 0;
      continue;
    }
    if (t->len == t->cap) {
      t->cap = t->cap ? t->cap * 2 : 256;
      t->buf = zr_xrealloc(t->buf, t->cap);
    }
    t->buf[t->len++] = data[i];
  }
}

void zr_zig_output_line(zr_realm *realm, int fd, const char *data, size_t len) {
  if (!realm) {
    ssize_t ignored = write(fd, data, len);
    ignored = write(fd, "\n", 1);
    (void)ignored;
    return;
  }
  v8c_isolate *iso = realm->rt->iso;
  v8c_handle_scope scope;
  v8c_handle_scope_open(iso, &scope);
  v8c_context ctx = zr_realm_context(realm);
  v8c_value console = v8c_get_named(ctx, v8c_context_global(ctx), "console");
  v8c_value log = console ? v8c_get_named(ctx, console, "log") : NULL;
  v8c_value text = log ? v8c_string(iso, data, (ptrdiff_t)len) : NULL;
  if (!text || !v8c_call(ctx, log, console, 1, &text)) {
    if (v8c_exception_pending(iso)) zr_die_with_pending(realm, ZR_PHASE_RUNTIME);
  }
  v8c_handle_scope_close(&scope);
}

static bool redirected(int fd) {
  return (fd == 1 || fd == 2) && call_depth > 0 && main_thread_known &&
         pthread_equal(pthread_self(), main_thread);
}

static void take(const char *data, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (data[i] == '\n') {
      emit_line(line_buf ? line_buf : "", line_len);
      line_len = 0;
      continue;
    }
    if (line_len == line_cap) {
      line_cap = line_cap ? line_cap * 2 : 256;
      line_buf = zr_xrealloc(line_buf, line_cap);
    }
    line_buf[line_len++] = data[i];
  }
}

static ssize_t hook_write(int fd, const void *buf, size_t count) {
  if (other_thread(fd)) {
    take_other(fd, buf, count);
    return (ssize_t)count;
  }
  if (!redirected(fd)) return write(fd, buf, count);
  take(buf, count);
  return (ssize_t)count;
}

static ssize_t hook_writev(int fd, const struct iovec *iov, int iovcnt) {
  if (other_thread(fd)) {
    ssize_t total = 0;
    for (int i = 0; i < iovcnt; i++) {
      take_other(fd, iov[i].iov_base, iov[i].iov_len);
      total += (ssize_t)iov[i].iov_len;
    }
    return total;
  }
  if (!redirected(fd)) return writev(fd, iov, iovcnt);
  ssize_t total = 0;
  for (int i = 0; i < iovcnt; i++) {
    take(iov[i].iov_base, iov[i].iov_len);
    total += (ssize_t)iov[i].iov_len;
  }
  return total;
}

static ssize_t hook_pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset) {
  if (!redirected(fd) && !other_thread(fd)) return pwritev(fd, iov, iovcnt, offset);
  return hook_writev(fd, iov, iovcnt);
}

static ssize_t hook_pwrite(int fd, const void *buf, size_t count, off_t offset) {
  if (!redirected(fd) && !other_thread(fd)) return pwrite(fd, buf, count, offset);
  return hook_write(fd, buf, count);
}

/* Zig returning memory to the OS (its page allocator, DebugAllocator's
 * freed buckets): views JavaScript holds on it must stop working now, or a
 * later access reads whatever is mapped there next, or crashes. */
static int hook_munmap(void *addr, size_t len) {
  int r = munmap(addr, len);
  if (r == 0) zr_zig_memory_released((uintptr_t)addr, len);
  return r;
}

static const struct {
  const char *name;
  void *hook;
  bool output;   /* writes to a file descriptor (may reach console.log) */
} hooks[] = {
  { "munmap", (void *)hook_munmap, false },
  { "write", (void *)hook_write, true },
  { "writev", (void *)hook_writev, true },
  { "pwritev", (void *)hook_pwritev, true },
  { "pwritev64", (void *)hook_pwritev, true },
  { "pwrite", (void *)hook_pwrite, true },
  { "pwrite64", (void *)hook_pwrite, true },
};

static int hook_index(const char *name) {
  for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
    if (strcmp(hooks[i].name, name) == 0) return (int)i;
  return -1;
}

/* Libraries hooked so far, and whether each imports an output function. */
#define MAX_HOOKED 256
static struct { void *dl; bool may_print; } hooked[MAX_HOOKED];
static int hooked_count;

bool zr_zig_output_may_print(void *dl_handle) {
  for (int i = 0; i < hooked_count; i++)
    if (hooked[i].dl == dl_handle) return hooked[i].may_print;
  return true; /* not hooked (yet): assume it prints */
}

void zr_zig_output_forget(void *dl_handle) {
  for (int i = 0; i < hooked_count;) {
    if (hooked[i].dl == dl_handle) hooked[i] = hooked[--hooked_count];
    else i++;
  }
}

/* The library's PT_GNU_RELRO range: read-only once loaded. */
typedef struct relro_range {
  ElfW(Addr) base;
  uintptr_t start, end;
} relro_range;

static int find_relro(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  relro_range *r = arg;
  if (info->dlpi_addr != r->base) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_GNU_RELRO) {
      r->start = info->dlpi_addr + ph->p_vaddr;
      r->end = r->start + ph->p_memsz;
    }
  }
  return 1;
}

static void patch_slot(const relro_range *relro, void **slot, void *value) {
  uintptr_t addr = (uintptr_t)slot;
  if (addr < relro->start || addr >= relro->end) {
    *slot = value;
    return;
  }
  /* RELRO pages are read-only now: writable for the patch, then back. */
  long page = sysconf(_SC_PAGESIZE);
  uintptr_t start = addr & ~(uintptr_t)(page - 1);
  CHECK(mprotect((void *)start, (size_t)page, PROT_READ | PROT_WRITE) == 0);
  *slot = value;
  CHECK(mprotect((void *)start, (size_t)page, PROT_READ) == 0);
}

/* Patches the slots of hooked functions; true if one of them writes output. */
static bool patch_relocations(const relro_range *relro, const ElfW(Rela) *rela, size_t size,
                              const ElfW(Sym) *symtab, const char *strtab) {
  bool output = false;
  for (size_t i = 0; i < size / sizeof *rela; i++) {
    unsigned long type = ELF64_R_TYPE(rela[i].r_info);
    if (type != R_X86_64_JUMP_SLOT && type != R_X86_64_GLOB_DAT) continue;
    int h = hook_index(strtab + symtab[ELF64_R_SYM(rela[i].r_info)].st_name);
    if (h < 0) continue;
    patch_slot(relro, (void **)(relro->base + rela[i].r_offset), hooks[h].hook);
    output |= hooks[h].output;
  }
  return output;
}

bool zr_zig_output_hook(void *dl_handle) {
  if (!main_thread_known) {
    main_thread = pthread_self();
    main_thread_known = true;
  }
  struct link_map *map = NULL;
  if (dlinfo(dl_handle, RTLD_DI_LINKMAP, &map) != 0 || !map) return false;
  const ElfW(Rela) *jmprel = NULL, *rela = NULL;
  size_t jmprel_size = 0, rela_size = 0;
  const ElfW(Sym) *symtab = NULL;
  const char *strtab = NULL;
  for (const ElfW(Dyn) *d = map->l_ld; d->d_tag != DT_NULL; d++) {
    /* glibc has already relocated these d_ptr values to absolute addresses. */
    switch (d->d_tag) {
      case DT_JMPREL: jmprel = (const ElfW(Rela) *)d->d_un.d_ptr; break;
      case DT_PLTRELSZ: jmprel_size = d->d_un.d_val; break;
      case DT_RELA: rela = (const ElfW(Rela) *)d->d_un.d_ptr; break;
      case DT_RELASZ: rela_size = d->d_un.d_val; break;
      case DT_SYMTAB: symtab = (const ElfW(Sym) *)d->d_un.d_ptr; break;
      case DT_STRTAB: strtab = (const char *)d->d_un.d_ptr; break;
      default: break;
    }
  }
  if (!symtab || !strtab) return false;
  relro_range relro = { .base = map->l_addr };
  dl_iterate_phdr(find_relro, &relro);
  bool output = false;
  if (jmprel) output |= patch_relocations(&relro, jmprel, jmprel_size, symtab, strtab);
  if (rela) output |= patch_relocations(&relro, rela, rela_size, symtab, strtab);
  if (hooked_count < MAX_HOOKED) {
    hooked[hooked_count].dl = dl_handle;
    hooked[hooked_count].may_print = output;
    hooked_count++;
  }
  return true;
}

void zr_zig_output_begin(v8c_context ctx) {
  if (call_depth++ == 0) current_ctx = ctx;
}

bool zr_zig_output_end(v8c_context ctx) {
  CHECK(call_depth > 0);
  if (--call_depth == 0) {
    if (line_len > 0) {
      call_depth++; /* console.log may call Zig again: keep redirecting */
      size_t len = line_len;
      line_len = 0;
      emit_line(line_buf, len);
      call_depth--;
    }
    current_ctx = NULL;
  }
  return !v8c_exception_pending(v8c_context_isolate(ctx));
}
