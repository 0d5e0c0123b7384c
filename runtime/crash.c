/*
 * crash.c — the fatal-signal handler (crash.h).
 *
 * It runs after memory went wrong, so it allocates nothing and writes with
 * write(2) from a stack buffer. dladdr/dlinfo are not on POSIX's
 * async-signal-safe list; they only read the loader's tables, which is what
 * crash reporters commonly do, and the process is dying either way.
 */
#include "crash.h"

#include <dlfcn.h>
#include <link.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "output.h"
#include "zig_library.h"
#include "zig_memory.h"
#include "zig_relro.h"
#include "zig_threads.h"

static char report[2048];
static size_t report_len;

static void add(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(report + report_len, sizeof report - report_len, fmt, ap);
  va_end(ap);
  if (n > 0) report_len += (size_t)n < sizeof report - report_len ? (size_t)n : sizeof report - report_len - 1;
}

/* The loaded Zig module whose library holds `addr`, or NULL. */
static const zig_library *library_at(uintptr_t addr, Dl_info *info) {
  if (!dladdr((void *)addr, info) || !info->dli_fbase) return NULL;
  for (int id = 0; zr_zig_library(id); id++) {
    const zig_library *lib = zr_zig_library(id);
    if (lib->closed || !lib->dl) continue; /* its handle is gone (docs/abandon.md) */
    struct link_map *map = NULL;
    if (dlinfo(lib->dl, RTLD_DI_LINKMAP, &map) == 0 && map && (void *)map->l_addr == info->dli_fbase) return lib;
  }
  return NULL;
}

/* Whether `addr` lies in a writable segment of the object loaded at `base`. */
static int segment_writable(uintptr_t addr, const Dl_info *info) {
  const ElfW(Ehdr) *eh = info->dli_fbase;
  const ElfW(Phdr) *ph = (const ElfW(Phdr) *)((const char *)eh + eh->e_phoff);
  uintptr_t base = (uintptr_t)info->dli_fbase;
  for (int i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type != PT_LOAD) continue;
    uintptr_t start = base + ph[i].p_vaddr, end = start + ph[i].p_memsz;
    if (addr >= start && addr < end) return (ph[i].p_flags & PF_W) != 0;
  }
  return -1;
}

static const char *module_name(const zig_library *lib) {
  return lib->name ? lib->name : lib->path;
}

static void describe_address(uintptr_t addr, int is_write) {
  const char *access = is_write == 1 ? "a write to" : is_write == 0 ? "a read of" : "an access to";
  Dl_info info;
  const zig_library *lib = library_at(addr, &info);
  if (lib) {
    int w = zr_zig_relro_contains(addr) ? 0 : segment_writable(addr, &info);
    add("zigar-run: %s address 0x%lx, in the %s of Zig module %s (%s)\n", access, (unsigned long)addr,
        w == 1 ? "variables (.data/.bss)" : "read-only data (.rodata, constants)", module_name(lib), lib->path);
    if (w == 0 && is_write == 1)
      add("zigar-run: Zig constants are read-only: write to a copy, or make the Zig value a `var`\n");
    return;
  }
  const zig_library *closed = zr_zig_library_closed_at(addr, 1);
  if (closed) {
    add("zigar-run: %s address 0x%lx, in the former memory of Zig module %s (%s), closed after __zigar.abandon()\n",
        access, (unsigned long)addr, module_name(closed), closed->path);
    add("zigar-run: a pointer into an abandoned module's variables or constants was kept past its close\n");
    return;
  }
  uintptr_t start;
  size_t len;
  bool is_js;
  if (zr_zig_memory_find(addr, &start, &len, &is_js)) {
    add("zigar-run: %s address 0x%lx, inside %s memory block 0x%lx (%zu bytes) that JavaScript holds a view of\n",
        access, (unsigned long)addr, is_js ? "a JavaScript" : "a Zig", (unsigned long)start, len);
    if (!is_js)
      add("zigar-run: that Zig memory is no longer mapped: Zig probably freed it while JavaScript still used it\n");
    return;
  }
  add("zigar-run: %s address 0x%lx, which no Zig module or Zig memory block handed to JavaScript covers\n", access,
      (unsigned long)addr);
}

static void on_fatal_signal(int sig, siginfo_t *si, void *context) {
  zr_output_flush_from_signal();
  zr_zig_threads_flush_output(); /* other threads' queued lines (a panic's message) */
  report_len = 0;
  const char *name = sig == SIGSEGV ? "Segmentation fault" : sig == SIGBUS ? "Bus error" : strsignal(sig);
  add("\nzigar-run: %s\n", name);
  if (sig == SIGSEGV || sig == SIGBUS) {
    int is_write = -1;
#if defined(__x86_64__)
    const ucontext_t *uc = context;
    is_write = (uc->uc_mcontext.gregs[REG_ERR] & 2) != 0;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#else
    uintptr_t pc = 0;
    (void)context;
#endif
    describe_address((uintptr_t)si->si_addr, is_write);
    Dl_info info;
    const zig_library *in = pc ? library_at(pc, &info) : NULL;
    const zig_library *gone = pc && !in ? zr_zig_library_closed_at(pc, 1) : NULL;
    if (in) add("zigar-run: the faulting instruction is in Zig module %s (%s)\n", module_name(in), in->path);
    else if (gone)
      add("zigar-run: the faulting instruction was in Zig module %s (%s), closed after __zigar.abandon()\n",
          module_name(gone), gone->path);
    else add("zigar-run: the faulting instruction is in JavaScript or the runtime, not in Zig code\n");
  }
  ssize_t ignored = write(2, report, report_len);
  (void)ignored;
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Also under AddressSanitizer: its SEGV report knows nothing of Zig
 * memory, and it exits instead of dying of the signal, so the same program
 * would end differently in the ASan build. */
void zr_crash_install(void) {
  static const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT };
  static char alt_stack[64 * 1024];
  stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack };
  sigaltstack(&ss, NULL); /* a stack overflow must still be reported */
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fatal_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    sigaction(signals[i], &sa, NULL);
  }
}
