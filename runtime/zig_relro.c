/*
 * zig_relro.c — read-only .data.rel.ro for loaded Zig libraries
 * (zig_relro.h).
 *
 * Section headers are not loaded into memory, so they are read from the
 * library's file (a few KiB). Only pages wholly inside the section are
 * protected: the partial pages at its ends are shared with sections that
 * must stay writable (.data, .got).
 */
#include "zig_relro.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

#define MAX_RANGES 256
static struct { uintptr_t start, end; } ranges[MAX_RANGES];
static int range_count;

bool zr_zig_relro_contains(uintptr_t address) {
  for (int i = 0; i < range_count; i++)
    if (address >= ranges[i].start && address < ranges[i].end) return true;
  return false;
}

void zr_zig_relro_forget(uintptr_t start, uintptr_t end) {
  for (int i = 0; i < range_count;) {
    if (ranges[i].start >= start && ranges[i].end <= end) {
      ranges[i] = ranges[--range_count];
    } else {
      i++;
    }
  }
}

static bool read_at(int fd, void *buf, size_t len, off_t offset) {
  return pread(fd, buf, len, offset) == (ssize_t)len;
}

bool zr_zig_protect_relro(void *dl_handle) {
  struct link_map *map = NULL;
  if (dlinfo(dl_handle, RTLD_DI_LINKMAP, &map) != 0 || !map || !map->l_name) return false;
  int fd = open(map->l_name, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = false;
  ElfW(Shdr) *sections = NULL;
  char *names = NULL;
  ElfW(Ehdr) eh;
  if (!read_at(fd, &eh, sizeof eh, 0) || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
      eh.e_shentsize != sizeof(ElfW(Shdr)) || eh.e_shstrndx >= eh.e_shnum)
    goto done;
  sections = zr_xcalloc(eh.e_shnum, sizeof *sections);
  if (!read_at(fd, sections, (size_t)eh.e_shnum * sizeof *sections, (off_t)eh.e_shoff)) goto done;
  const ElfW(Shdr) *strtab = &sections[eh.e_shstrndx];
  names = zr_xmalloc(strtab->sh_size + 1);
  if (!read_at(fd, names, strtab->sh_size, (off_t)strtab->sh_offset)) goto done;
  names[strtab->sh_size] = '\0';
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  for (int i = 0; i < eh.e_shnum; i++) {
    if (sections[i].sh_name >= strtab->sh_size) continue;
    if (strncmp(names + sections[i].sh_name, ".data.rel.ro", 12) != 0) continue;
    uintptr_t start = map->l_addr + sections[i].sh_addr;
    uintptr_t end = start + sections[i].sh_size;
    uintptr_t first = (start + page - 1) & ~(page - 1);
    uintptr_t last = end & ~(page - 1);
    if (last > first && mprotect((void *)first, last - first, PROT_READ) == 0 && range_count < MAX_RANGES) {
      ranges[range_count].start = start;  /* the whole section: constants */
      ranges[range_count].end = end;
      range_count++;
    }
  }
  ok = true;
done:
  free(names);
  free(sections);
  close(fd);
  return ok;
}
