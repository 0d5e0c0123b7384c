/*
 * zig_build.c — build a Zig module into a cached shared library (zig_build.h).
 *
 * Cache layout (docs/zig-build.md):
 *   <cache>/modules/<stem>-<key>.so     finished libraries (only ever renamed in)
 *   <cache>/modules/<stem>-<key>.lock   flock'ed while a process builds that key
 *   <cache>/index/<id>                  per (file, options): fingerprints of the
 *                                       sources, zig's version, the last key
 *   <cache>/stdlib-zig-<hash>/          stdlib-zig's files, written once
 *   <cache>/tmp/<stem>-<key>.<pid>/     one build in progress (removed after)
 *   <cache>/zig-global-cache/           zig's own --global-cache-dir
 *
 * The key is a SHA-256 over the zig version, the target, the options,
 * stdlib-zig's hash, the root path and every source's path + content hash.
 * Sources are the root file and everything it reaches through @import("…zig"
 * or "…zon") and @embedFile("…"), found by scanning the text (Zig requires
 * string literals there, so the scan is exact up to false positives, which
 * only add a dependency). The index remembers each source's (dev, inode,
 * size, mtime, ctime), hash and imports, so a hit re-reads nothing whose
 * fingerprint is unchanged.
 */
#include "zig_build.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "check.h"
#include "zig_abi.h"

#ifndef ZR_BUILD_ZIG_PATH
#define ZR_BUILD_ZIG_PATH ""
#endif

extern char **environ;

/* Bump when the build command or anything else outside the key's inputs
 * changes what a build produces: old cache entries then stop matching. */
#define ZR__RECIPE_VERSION 3
/* Bounds for the source scan: a runaway import graph is a bug to report,
 * not a reason to hash a whole disk. */
#define ZR__MAX_SOURCES 4096
#define ZR__MAX_SOURCE_BYTES (64u << 20)

static const char zr__fix_hint[] =
    "install it with `pip install ziglang==" ZR_ZIG_REQUIRED_VERSION
    "` (then set ZIG to that package's zig binary) or set ZIG to a zig " ZR_ZIG_REQUIRED_VERSION
    " executable";

/* ---- small helpers ------------------------------------------------------------ */

static char *zr__format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *zr__format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *out = NULL;
  CHECK(vasprintf(&out, fmt, ap) >= 0);
  va_end(ap);
  return out;
}

/* mkdir -p; true if the folder exists afterwards. */
static bool zr__mkdirs(const char *path) {
  char *p = strdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = '\0';
    mkdir(p, 0755);
    *s = '/';
  }
  bool ok = mkdir(p, 0755) == 0 || errno == EEXIST;
  free(p);
  return ok;
}

static bool zr__write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= (size_t)n;
  }
  return true;
}

static bool zr__write_file(const char *path, const void *data, size_t len) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = zr__write_all(fd, data, len);
  if (close(fd) != 0) ok = false;
  return ok;
}

/* Write to a unique temp name beside `path`, then rename: readers see the old
 * file or the new one, never a partial one. */
static bool zr__write_file_atomic(const char *path, const void *data, size_t len) {
  static unsigned counter;
  char *tmp = zr__format("%s.tmp-%ld-%u", path, (long)getpid(), counter++);
  bool ok = zr__write_file(tmp, data, len) && rename(tmp, path) == 0;
  if (!ok) unlink(tmp);
  free(tmp);
  return ok;
}

static char *zr__read_fd(int fd, size_t *len, size_t limit) {
  size_t cap = 4096, n = 0;
  char *buf = zr_xmalloc(cap + 1);
  for (;;) {
    if (n == cap) buf = zr_xrealloc(buf, (cap *= 2) + 1);
    ssize_t got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      free(buf);
      return NULL;
    }
    if (got == 0) break;
    n += (size_t)got;
    if (n > limit) {
      free(buf);
      errno = EFBIG;
      return NULL;
    }
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

static char *zr__read_file(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  char *data = zr__read_fd(fd, len, ZR__MAX_SOURCE_BYTES);
  int saved = errno;
  close(fd);
  errno = saved;
  return data;
}

/* rm -rf for our own temp folders (no symlink following: lstat). */
static void zr__remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    DIR *d = opendir(path);
    if (d) {
      struct dirent *e;
      while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char *child = zr__format("%s/%s", path, e->d_name);
        zr__remove_tree(child);
        free(child);
      }
      closedir(d);
    }
    rmdir(path);
  } else {
    unlink(path);
  }
}

/* Lexical normalisation of an absolute path ("." and ".." removed). */
static char *zr__normalise(const char *path) {
  size_t len = strlen(path);
  char *out = zr_xmalloc(len + 2);
  size_t n = 0;
  const char *p = path;
  while (*p) {
    while (*p == '/') p++;
    const char *seg = p;
    while (*p && *p != '/') p++;
    size_t seg_len = (size_t)(p - seg);
    if (seg_len == 0 || (seg_len == 1 && seg[0] == '.')) continue;
    if (seg_len == 2 && seg[0] == '.' && seg[1] == '.') {
      while (n > 0 && out[n - 1] != '/') n--;
      if (n > 0) n--;
      continue;
    }
    out[n++] = '/';
    memcpy(out + n, seg, seg_len);
    n += seg_len;
  }
  if (n == 0) out[n++] = '/';
  out[n] = '\0';
  return out;
}

static const char *zr__basename(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* ---- SHA-256 (FIPS 180-4), for keys and content hashes ----------------------- */

typedef struct zr__sha256 {
  uint32_t h[8];
  uint64_t length;
  unsigned char block[64];
  size_t used;
} zr__sha256;

static const uint32_t zr__sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static uint32_t zr__ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void zr__sha256_init(zr__sha256 *s) {
  static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, h0, sizeof h0);
  s->length = 0;
  s->used = 0;
}

static void zr__sha256_block(zr__sha256 *s, const unsigned char *b) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)b[4 * i] << 24 | (uint32_t)b[4 * i + 1] << 16 | (uint32_t)b[4 * i + 2] << 8 |
           (uint32_t)b[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = zr__ror(w[i - 15], 7) ^ zr__ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = zr__ror(w[i - 2], 17) ^ zr__ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], bb = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5],
           g = s->h[6], h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (zr__ror(e, 6) ^ zr__ror(e, 11) ^ zr__ror(e, 25)) + ((e & f) ^ (~e & g)) +
                  zr__sha256_k[i] + w[i];
    uint32_t t2 = (zr__ror(a, 2) ^ zr__ror(a, 13) ^ zr__ror(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = bb;
    bb = a;
    a = t1 + t2;
  }
  s->h[0] += a;
  s->h[1] += bb;
  s->h[2] += c;
  s->h[3] += d;
  s->h[4] += e;
  s->h[5] += f;
  s->h[6] += g;
  s->h[7] += h;
}

static void zr__sha256_update(zr__sha256 *s, const void *data, size_t len) {
  const unsigned char *p = data;
  s->length += len;
  while (len > 0) {
    size_t take = 64 - s->used < len ? 64 - s->used : len;
    memcpy(s->block + s->used, p, take);
    s->used += take;
    p += take;
    len -= take;
    if (s->used == 64) {
      zr__sha256_block(s, s->block);
      s->used = 0;
    }
  }
}

static void zr__sha256_str(zr__sha256 *s, const char *text) {
  zr__sha256_update(s, text, strlen(text) + 1); /* with the NUL: a separator */
}

/* Finishes into 64 hex digits + NUL. */
static void zr__sha256_hex(zr__sha256 *s, char hex[65]) {
  uint64_t bits = s->length * 8;
  unsigned char pad = 0x80;
  zr__sha256_update(s, &pad, 1);
  pad = 0;
  while (s->used != 56) zr__sha256_update(s, &pad, 1);
  unsigned char len_be[8];
  for (int i = 0; i < 8; i++) len_be[i] = (unsigned char)(bits >> (56 - 8 * i));
  zr__sha256_update(s, len_be, 8);
  for (int i = 0; i < 8; i++) sprintf(hex + 8 * i, "%08x", s->h[i]);
  hex[64] = '\0';
}

/* ---- cache folder -------------------------------------------------------------- */

const char *zr_zig_cache_dir(void) {
  static char *dir;
  if (dir) return dir;
  const char *env = getenv("ZIGAR_CACHE_DIR");
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  char *joined;
  if (env && *env) {
    /* A relative ZIGAR_CACHE_DIR is taken from the current folder. */
    char cwd[4096];
    joined = env[0] == '/' ? strdup(env)
                           : zr__format("%s/%s", getcwd(cwd, sizeof cwd) ? cwd : "", env);
  } else if (xdg && xdg[0] == '/') {
    joined = zr__format("%s/zigar-run", xdg); /* XDG: relative values are ignored */
  } else {
    joined = zr__format("%s/.cache/zigar-run", home && *home ? home : "/tmp");
  }
  dir = zr__normalise(joined);
  free(joined);
  return dir;
}

/* ---- the zig compiler: where it is, which version ------------------------------ */

typedef struct zr__proc_result {
  char *output; /* stdout and stderr interleaved */
  int status;   /* as from waitpid */
} zr__proc_result;

/* Runs argv[0] (a path) with stdin from /dev/null and stdout+stderr captured.
 * False (errno set) if it could not be started. */
static bool zr__run(char *const argv[], zr__proc_result *out) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
  /* zig starts with no blocked signals and SIGPIPE at its default, whatever
   * the embedding event loop did to ours. */
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    errno = rc;
    return false;
  }
  size_t len;
  out->output = zr__read_fd(fds[0], &len, SIZE_MAX / 4);
  if (!out->output) out->output = strdup("");
  close(fds[0]);
  while (waitpid(pid, &out->status, 0) < 0) {
    if (errno != EINTR) {
      out->status = -1;
      break;
    }
  }
  return true;
}

typedef struct zr__fingerprint {
  long long dev, ino, size, mtime_s, mtime_ns, ctime_s, ctime_ns;
} zr__fingerprint;

static void zr__fingerprint_of(const struct stat *st, zr__fingerprint *fp) {
  fp->dev = (long long)st->st_dev;
  fp->ino = (long long)st->st_ino;
  fp->size = (long long)st->st_size;
  fp->mtime_s = (long long)st->st_mtim.tv_sec;
  fp->mtime_ns = (long long)st->st_mtim.tv_nsec;
  fp->ctime_s = (long long)st->st_ctim.tv_sec;
  fp->ctime_ns = (long long)st->st_ctim.tv_nsec;
}

static bool zr__fingerprint_equal(const zr__fingerprint *a, const zr__fingerprint *b) {
  return a->dev == b->dev && a->ino == b->ino && a->size == b->size && a->mtime_s == b->mtime_s &&
         a->mtime_ns == b->mtime_ns && a->ctime_s == b->ctime_s && a->ctime_ns == b->ctime_ns;
}

static bool zr__is_executable(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

typedef struct zr__zig {
  char *path;
  zr__fingerprint fp;
  char *version; /* NULL until known */
} zr__zig;

/* Once per process: $ZIG, then PATH, then the build-time path. */
static zr__zig zr__the_zig;
static char *zr__zig_error;

static bool zr__find_zig(char **error) {
  static bool done;
  if (done) {
    if (zr__zig_error) *error = strdup(zr__zig_error);
    return zr__zig_error == NULL;
  }
  done = true;
  char *found = NULL;
  const char *env = getenv("ZIG");
  if (env && *env) {
    if (!zr__is_executable(env)) {
      zr__zig_error = zr__format("ZIG=%s is not an executable file: %s", env, zr__fix_hint);
      goto out;
    }
    found = strdup(env);
  }
  const char *path_env = getenv("PATH");
  if (!found && path_env) {
    const char *p = path_env;
    while (!found) {
      const char *end = strchr(p, ':');
      size_t len = end ? (size_t)(end - p) : strlen(p);
      char *candidate = zr__format("%.*s/zig", (int)len, len ? p : ".");
      if (zr__is_executable(candidate)) found = candidate;
      else free(candidate);
      if (!end) break;
      p = end + 1;
    }
  }
  if (!found && ZR_BUILD_ZIG_PATH[0] && zr__is_executable(ZR_BUILD_ZIG_PATH))
    found = strdup(ZR_BUILD_ZIG_PATH);
  if (!found) {
    zr__zig_error = zr__format("zig " ZR_ZIG_REQUIRED_VERSION
                               " not found (looked at $ZIG, PATH and %s): %s",
                               ZR_BUILD_ZIG_PATH[0] ? ZR_BUILD_ZIG_PATH : "no build-time path",
                               zr__fix_hint);
    goto out;
  }
  struct stat st;
  CHECK(stat(found, &st) == 0); /* zr__is_executable just said it is there */
  zr__the_zig.path = found;
  zr__fingerprint_of(&st, &zr__the_zig.fp);
out:
  if (zr__zig_error) *error = strdup(zr__zig_error);
  return zr__zig_error == NULL;
}

/* Runs `zig version` (once per process; a fresh index usually spares even
 * that) and checks it is the one we need. */
static bool zr__check_zig_version(char **error) {
  static char *version_error;
  if (version_error) {
    *error = strdup(version_error);
    return false;
  }
  if (!zr__the_zig.version) {
    char *argv[] = {zr__the_zig.path, (char *)"version", NULL};
    zr__proc_result r;
    if (!zr__run(argv, &r)) {
      version_error = zr__format("cannot run %s: %s: %s", zr__the_zig.path, strerror(errno),
                                 zr__fix_hint);
      *error = strdup(version_error);
      return false;
    }
    size_t n = strcspn(r.output, "\r\n");
    r.output[n] = '\0';
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0 || n == 0 || n > 64) {
      version_error = zr__format("`%s version` failed: %s", zr__the_zig.path, zr__fix_hint);
      free(r.output);
      *error = strdup(version_error);
      return false;
    }
    zr__the_zig.version = r.output;
  }
  if (strcmp(zr__the_zig.version, ZR_ZIG_REQUIRED_VERSION) != 0) {
    version_error = zr__format("zig at %s is version %s, zigar-run needs " ZR_ZIG_REQUIRED_VERSION
                               ": %s", zr__the_zig.path, zr__the_zig.version, zr__fix_hint);
    *error = strdup(version_error);
    return false;
  }
  return true;
}

/* What the library runs on: zig builds for the native CPU, so a cache folder
 * shared between machines (NFS home) must not hand one CPU's build to another. */
static const char *zr__target(void) {
  static char target[256];
  if (target[0]) return target;
  const char *arch =
#if defined(__x86_64__)
      "x86_64";
#elif defined(__aarch64__)
      "aarch64";
#elif defined(__i386__)
      "x86";
#elif defined(__riscv) && __riscv_xlen == 64
      "riscv64";
#else
      "unknown-arch";
#endif
  char cpu[96] = "";
#if defined(__x86_64__) || defined(__i386__)
  /* Vendor, family/model/stepping and feature words: what decides whether
   * native code runs. Three cpuid instructions only: each one traps to the
   * hypervisor in a VM (~15 us measured), and this is on the hit path. */
  unsigned max, vendor[3], sig = 0, f1b, f1c = 0, f1d = 0, f7a, f7b = 0, f7c = 0, f7d;
  __cpuid(0, max, vendor[0], vendor[2], vendor[1]);
  if (max >= 1) __cpuid(1, sig, f1b, f1c, f1d);
  if (max >= 7) __cpuid_count(7, 0, f7a, f7b, f7c, f7d);
  (void)f1b;
  (void)f7a;
  (void)f7d;
  char vendor_text[13];
  memcpy(vendor_text, vendor, 12);
  vendor_text[12] = '\0';
  snprintf(cpu, sizeof cpu, "%s %08x %08x%08x%08x%08x", vendor_text, sig, f1c, f1d, f7b, f7c);
#endif
  snprintf(target, sizeof target, "%s-linux-gnu cpu=%s", arch, cpu);
  return target;
}

/* ---- stdlib-zig: embedded, or ZIGAR_STDLIB_ZIG_DIR ----------------------------- */

typedef struct zr__stdlib {
  const zr_zig_embedded_file *files;
  const char *hash; /* 64 hex digits */
} zr__stdlib;

typedef struct zr__file_list {
  zr_zig_embedded_file *items;
  size_t count, cap;
} zr__file_list;

static bool zr__collect_dir(const char *root, const char *rel, zr__file_list *list, char **error) {
  char *dir_path = rel[0] ? zr__format("%s/%s", root, rel) : strdup(root);
  DIR *d = opendir(dir_path);
  if (!d) {
    *error = zr__format("ZIGAR_STDLIB_ZIG_DIR: cannot read %s: %s", dir_path, strerror(errno));
    free(dir_path);
    return false;
  }
  bool ok = true;
  struct dirent *e;
  while (ok && (e = readdir(d))) {
    if (e->d_name[0] == '.' || !strcmp(e->d_name, "zig-cache") || !strcmp(e->d_name, "zig-out"))
      continue;
    char *child_rel = rel[0] ? zr__format("%s/%s", rel, e->d_name) : strdup(e->d_name);
    char *child = zr__format("%s/%s", root, child_rel);
    struct stat st;
    if (stat(child, &st) == 0 && S_ISDIR(st.st_mode)) {
      ok = zr__collect_dir(root, child_rel, list, error);
      free(child_rel);
    } else {
      size_t len;
      unsigned char *data = (unsigned char *)zr__read_file(child, &len);
      if (!data) {
        *error = zr__format("ZIGAR_STDLIB_ZIG_DIR: cannot read %s: %s", child, strerror(errno));
        free(child_rel);
        ok = false;
      } else {
        if (list->count + 2 > list->cap)
          list->items = zr_xrealloc(list->items, (list->cap = list->cap * 2 + 16) *
                                                     sizeof *list->items);
        list->items[list->count++] = (zr_zig_embedded_file){child_rel, data, len};
      }
    }
    free(child);
  }
  closedir(d);
  free(dir_path);
  return ok;
}

static int zr__compare_files(const void *a, const void *b) {
  return strcmp(((const zr_zig_embedded_file *)a)->name, ((const zr_zig_embedded_file *)b)->name);
}

/* The same digest tools/embed_files.py computes. */
static void zr__hash_files(const zr_zig_embedded_file *files, char hex[65]) {
  zr__sha256 s;
  zr__sha256_init(&s);
  for (const zr_zig_embedded_file *f = files; f->name; f++) {
    char len[32];
    snprintf(len, sizeof len, "%zu", f->length);
    zr__sha256_str(&s, f->name);
    zr__sha256_str(&s, len);
    zr__sha256_update(&s, f->data, f->length);
  }
  zr__sha256_hex(&s, hex);
}

static bool zr__get_stdlib(zr__stdlib *out, char **error) {
  static zr__stdlib cached;
  static char hash[65];
  if (cached.files) {
    *out = cached;
    return true;
  }
  const char *dir = getenv("ZIGAR_STDLIB_ZIG_DIR");
  if (dir && *dir) {
    zr__file_list list = {0};
    if (!zr__collect_dir(dir, "", &list, error)) {
      for (size_t i = 0; i < list.count; i++) {
        free((char *)list.items[i].name);
        free((void *)list.items[i].data);
      }
      free(list.items);
      return false;
    }
    if (list.count) qsort(list.items, list.count, sizeof *list.items, zr__compare_files);
    list.items = zr_xrealloc(list.items, (list.count + 1) * sizeof *list.items);
    list.items[list.count] = (zr_zig_embedded_file){NULL, NULL, 0};
    zr__hash_files(list.items, hash);
    cached.files = list.items; /* kept for the process's lifetime */
    cached.hash = hash;
  } else {
    cached.files = zr_zig_stdlib_files;
    cached.hash = zr_zig_stdlib_hash;
  }
  bool has_entry = false;
  for (const zr_zig_embedded_file *f = cached.files; f->name; f++)
    if (!strcmp(f->name, "zigar.zig")) has_entry = true;
  if (!has_entry) {
    *error = zr__format("stdlib-zig has no zigar.zig (%s): rebuild zigar-run after adding "
                        "stdlib-zig/, or set ZIGAR_STDLIB_ZIG_DIR",
                        dir && *dir ? dir : "nothing was embedded");
    cached.files = NULL;
    return false;
  }
  *out = cached;
  return true;
}

/* <cache>/stdlib-zig-<hash>/, written once: into a temp folder, then renamed,
 * so the folder existing means it is complete. */
static char *zr__install_stdlib(const char *cache, const zr__stdlib *lib, char **error) {
  char *dir = zr__format("%s/stdlib-zig-%.16s", cache, lib->hash);
  struct stat st;
  if (stat(dir, &st) == 0) return dir;
  char *tmp = zr__format("%s.tmp-%ld", dir, (long)getpid());
  zr__remove_tree(tmp);
  bool ok = zr__mkdirs(tmp);
  for (const zr_zig_embedded_file *f = lib->files; ok && f->name; f++) {
    char *path = zr__format("%s/%s", tmp, f->name);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    ok = zr__mkdirs(path);
    *slash = '/';
    ok = ok && zr__write_file(path, f->data, f->length);
    free(path);
  }
  if (ok && rename(tmp, dir) != 0) {
    /* Another process installed it first: theirs is identical. */
    ok = errno == EEXIST || errno == ENOTEMPTY;
  }
  if (!ok) *error = zr__format("cannot write stdlib-zig into %s: %s", dir, strerror(errno));
  zr__remove_tree(tmp);
  free(tmp);
  if (!ok) {
    free(dir);
    return NULL;
  }
  return dir;
}

/* ---- sources and the index ----------------------------------------------------- */

typedef struct zr__source {
  char *path;
  bool exists;
  zr__fingerprint fp;
  char hash[65];  /* of the contents; "missing" when !exists */
  long long hashed_at;
  char **deps;    /* absolute paths this file imports */
  size_t dep_count;
  bool visited;   /* reached from the root in this walk */
} zr__source;

typedef struct zr__index {
  char *path;
  zr__fingerprint zig_fp;
  char *zig_path, *zig_version;
  char *last_key;
  char *last_library;
  zr__source *sources;
  size_t count, cap;
  bool dirty;
} zr__index;

static void zr__source_free(zr__source *s) {
  free(s->path);
  for (size_t i = 0; i < s->dep_count; i++) free(s->deps[i]);
  free(s->deps);
}

static void zr__index_free(zr__index *ix) {
  for (size_t i = 0; i < ix->count; i++) zr__source_free(&ix->sources[i]);
  free(ix->sources);
  free(ix->path);
  free(ix->zig_path);
  free(ix->zig_version);
  free(ix->last_key);
  free(ix->last_library);
}

static zr__source *zr__index_find(zr__index *ix, const char *path) {
  for (size_t i = 0; i < ix->count; i++)
    if (!strcmp(ix->sources[i].path, path)) return &ix->sources[i];
  return NULL;
}

static zr__source *zr__index_add(zr__index *ix, const char *path) {
  if (ix->count == ix->cap)
    ix->sources = zr_xrealloc(ix->sources, (ix->cap = ix->cap * 2 + 8) * sizeof *ix->sources);
  zr__source *s = &ix->sources[ix->count++];
  memset(s, 0, sizeof *s);
  s->path = strdup(path);
  return s;
}

#define ZR__INDEX_MAGIC "zigar-run index 1"

/* Format (one record per line, the path always last so it may hold spaces):
 *   zigar-run index 1
 *   zig <dev> <ino> <size> <mtime_s> <mtime_ns> <ctime_s> <ctime_ns> <version> <path>
 *   src <exists> <dev> … <ctime_ns> <hashed_at> <hash> <dep count> <path>
 *   dep <path>          (dep count of them after each src)
 *   last <key> <library path>
 * Anything unparsable makes the whole index empty: it is only a cache. */
static void zr__index_load(zr__index *ix) {
  size_t len;
  char *text = zr__read_file(ix->path, &len);
  if (!text) return;
  char *save = NULL;
  char *line = strtok_r(text, "\n", &save);
  if (!line || strcmp(line, ZR__INDEX_MAGIC) != 0) goto bad;
  zr__source *current = NULL;
  size_t deps_left = 0;
  while ((line = strtok_r(NULL, "\n", &save))) {
    zr__fingerprint fp;
    int used = 0;
    if (!strncmp(line, "dep ", 4)) {
      if (!current || deps_left == 0) goto bad;
      current->deps[current->dep_count++] = strdup(line + 4);
      deps_left--;
    } else if (deps_left) {
      goto bad;
    } else if (!strncmp(line, "zig ", 4)) {
      char version[65];
      if (sscanf(line + 4, "%lld %lld %lld %lld %lld %lld %lld %64s %n", &fp.dev, &fp.ino,
                 &fp.size, &fp.mtime_s, &fp.mtime_ns, &fp.ctime_s, &fp.ctime_ns, version,
                 &used) != 8 || !used)
        goto bad;
      free(ix->zig_path);
      free(ix->zig_version);
      ix->zig_fp = fp;
      ix->zig_version = strdup(version);
      ix->zig_path = strdup(line + 4 + used);
    } else if (!strncmp(line, "src ", 4)) {
      int exists;
      long long hashed_at;
      char hash[65];
      size_t dep_count;
      if (sscanf(line + 4, "%d %lld %lld %lld %lld %lld %lld %lld %lld %64s %zu %n", &exists,
                 &fp.dev, &fp.ino, &fp.size, &fp.mtime_s, &fp.mtime_ns, &fp.ctime_s,
                 &fp.ctime_ns, &hashed_at, hash, &dep_count, &used) != 11 || !used ||
          dep_count > ZR__MAX_SOURCES)
        goto bad;
      current = zr__index_add(ix, line + 4 + used);
      current->exists = exists != 0;
      current->fp = fp;
      current->hashed_at = hashed_at;
      snprintf(current->hash, sizeof current->hash, "%s", hash);
      current->deps = zr_xcalloc(dep_count ? dep_count : 1, sizeof(char *));
      deps_left = dep_count;
    } else if (!strncmp(line, "last ", 5)) {
      char key[65];
      if (sscanf(line + 5, "%64s %n", key, &used) != 1 || !used) goto bad;
      free(ix->last_key);
      free(ix->last_library);
      ix->last_key = strdup(key);
      ix->last_library = strdup(line + 5 + used);
    } else {
      goto bad;
    }
  }
  if (deps_left) goto bad;
  free(text);
  return;
bad:
  free(text);
  for (size_t i = 0; i < ix->count; i++) zr__source_free(&ix->sources[i]);
  ix->count = 0;
  free(ix->zig_path);
  free(ix->zig_version);
  free(ix->last_key);
  free(ix->last_library);
  ix->zig_path = ix->zig_version = ix->last_key = ix->last_library = NULL;
}

static void zr__index_save(zr__index *ix) {
  size_t cap = 1024, n = 0;
  char *buf = zr_xmalloc(cap);
#define ZR__APPEND(...)                                                     \
  do {                                                                      \
    for (;;) {                                                              \
      int w = snprintf(buf + n, cap - n, __VA_ARGS__);                      \
      if (w >= 0 && (size_t)w < cap - n) {                                  \
        n += (size_t)w;                                                     \
        break;                                                              \
      }                                                                     \
      buf = zr_xrealloc(buf, cap = cap * 2 + (w > 0 ? (size_t)w : 0));      \
    }                                                                       \
  } while (0)
  ZR__APPEND("%s\n", ZR__INDEX_MAGIC);
  if (zr__the_zig.version && !strchr(zr__the_zig.path, '\n')) {
    const zr__fingerprint *f = &zr__the_zig.fp;
    ZR__APPEND("zig %lld %lld %lld %lld %lld %lld %lld %s %s\n", f->dev, f->ino, f->size,
               f->mtime_s, f->mtime_ns, f->ctime_s, f->ctime_ns, zr__the_zig.version,
               zr__the_zig.path);
  }
  for (size_t i = 0; i < ix->count; i++) {
    zr__source *s = &ix->sources[i];
    /* Only what this walk reached, and nothing a newline would corrupt. */
    if (!s->visited || strchr(s->path, '\n')) continue;
    size_t deps = 0;
    for (size_t k = 0; k < s->dep_count; k++) deps += strchr(s->deps[k], '\n') == NULL;
    if (deps != s->dep_count) continue;
    const zr__fingerprint *f = &s->fp;
    ZR__APPEND("src %d %lld %lld %lld %lld %lld %lld %lld %lld %s %zu %s\n", s->exists ? 1 : 0,
               f->dev, f->ino, f->size, f->mtime_s, f->mtime_ns, f->ctime_s, f->ctime_ns,
               s->hashed_at, s->hash, s->dep_count, s->path);
    for (size_t k = 0; k < s->dep_count; k++) ZR__APPEND("dep %s\n", s->deps[k]);
  }
  if (ix->last_key && !strchr(ix->last_library, '\n'))
    ZR__APPEND("last %s %s\n", ix->last_key, ix->last_library);
#undef ZR__APPEND
  char *dir = strdup(ix->path);
  *strrchr(dir, '/') = '\0';
  zr__mkdirs(dir);
  free(dir);
  zr__write_file_atomic(ix->path, buf, n); /* best effort: it's a cache of a cache */
  free(buf);
}

/* The paths a Zig source names in @import("…") (files only: .zig/.zon) and
 * @embedFile("…"), skipping comments, strings and char literals so that text
 * in them doesn't count. Relative to the file's folder. */
static void zr__scan_imports(const char *path, const char *text, size_t len, zr__source *s) {
  char *dir = strdup(path);
  *strrchr(dir, '/') = '\0';
  size_t cap = 0;
  const char *p = text, *end = text + len;
  while (p < end) {
    if (p + 1 < end && p[0] == '/' && p[1] == '/') {
      while (p < end && *p != '\n') p++;
    } else if (p + 1 < end && p[0] == '\\' && p[1] == '\\') { /* multiline string line */
      while (p < end && *p != '\n') p++;
    } else if (*p == '"' || *p == '\'') {
      char q = *p++;
      while (p < end && *p != q && *p != '\n') p += (*p == '\\' && p + 1 < end) ? 2 : 1;
      p++;
    } else if (*p == '@') {
      bool embed = false;
      const char *q = p + 1;
      if ((size_t)(end - q) >= 6 && !memcmp(q, "import", 6)) q += 6;
      else if ((size_t)(end - q) >= 9 && !memcmp(q, "embedFile", 9)) q += 9, embed = true;
      else {
        p++;
        continue;
      }
      while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) q++;
      if (q < end && *q == '(') q++;
      else {
        p = q;
        continue;
      }
      while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) q++;
      if (q >= end || *q != '"') {
        p = q;
        continue;
      }
      const char *start = ++q;
      while (q < end && *q != '"' && *q != '\n') q++;
      size_t n = (size_t)(q - start);
      p = q + 1;
      if (q >= end || *q != '"' || n == 0 || memchr(start, '\\', n)) continue;
      bool is_file = embed || (n > 4 && (!memcmp(start + n - 4, ".zig", 4) ||
                                         !memcmp(start + n - 4, ".zon", 4)));
      if (!is_file) continue; /* a module: std, builtin, root, zigar */
      char *joined = start[0] == '/' ? zr__format("%.*s", (int)n, start)
                                     : zr__format("%s/%.*s", dir, (int)n, start);
      if (s->dep_count == cap)
        s->deps = zr_xrealloc(s->deps, (cap = cap * 2 + 4) * sizeof(char *));
      s->deps[s->dep_count++] = zr__normalise(joined);
      free(joined);
    } else {
      p++;
    }
  }
  free(dir);
}

/* Brings `s` up to date with the file on disk; reads it only if its
 * fingerprint changed (or was recorded too close to a write to be trusted). */
static bool zr__refresh_source(zr__index *ix, zr__source *s, long long now, char **error) {
  struct stat st;
  if (stat(s->path, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (s->exists || strcmp(s->hash, "missing") != 0) {
      for (size_t k = 0; k < s->dep_count; k++) free(s->deps[k]);
      s->dep_count = 0;
      s->exists = false;
      memset(&s->fp, 0, sizeof s->fp);
      strcpy(s->hash, "missing");
      ix->dirty = true;
    }
    return true;
  }
  zr__fingerprint fp;
  zr__fingerprint_of(&st, &fp);
  /* A file written in the same second it was hashed could have changed again
   * since without its mtime moving on a coarse-clock file system. */
  bool racy = fp.mtime_s >= s->hashed_at || fp.ctime_s >= s->hashed_at;
  if (s->exists && zr__fingerprint_equal(&fp, &s->fp) && !racy) return true;
  size_t len;
  char *text = zr__read_file(s->path, &len);
  if (!text) {
    *error = zr__format("cannot read %s: %s", s->path, strerror(errno));
    return false;
  }
  zr__sha256 h;
  zr__sha256_init(&h);
  zr__sha256_update(&h, text, len);
  zr__sha256_hex(&h, s->hash);
  for (size_t k = 0; k < s->dep_count; k++) free(s->deps[k]);
  s->dep_count = 0;
  size_t plen = strlen(s->path);
  if (plen > 4 && !strcmp(s->path + plen - 4, ".zig")) zr__scan_imports(s->path, text, len, s);
  free(text);
  s->exists = true;
  s->fp = fp;
  s->hashed_at = now;
  ix->dirty = true;
  return true;
}

static int zr__compare_sources(const void *a, const void *b) {
  return strcmp((*(zr__source *const *)a)->path, (*(zr__source *const *)b)->path);
}

/* Walks root → imports, refreshing entries; feeds every reached source's path
 * and hash, in path order, into `key`. */
static bool zr__hash_sources(zr__index *ix, const char *root, zr__sha256 *key, char **error) {
  long long now = (long long)time(NULL);
  for (size_t i = 0; i < ix->count; i++) ix->sources[i].visited = false;
  zr__source *s = zr__index_find(ix, root);
  if (!s) s = zr__index_add(ix, root);
  s->visited = true;
  /* Entries are appended while walking: iterate by index, re-fetch pointers. */
  size_t queue_cap = 16, head = 0, tail = 0;
  size_t *queue = zr_xmalloc(queue_cap * sizeof *queue);
  queue[tail++] = (size_t)(s - ix->sources);
  bool ok = true;
  while (ok && head < tail) {
    size_t at = queue[head++];
    if (!zr__refresh_source(ix, &ix->sources[at], now, error)) {
      ok = false;
      break;
    }
    for (size_t k = 0; k < ix->sources[at].dep_count; k++) {
      const char *dep = ix->sources[at].deps[k];
      zr__source *d = zr__index_find(ix, dep);
      if (d && d->visited) continue;
      if (tail >= ZR__MAX_SOURCES) {
        *error = zr__format("%s imports more than %d files", root, ZR__MAX_SOURCES);
        ok = false;
        break;
      }
      if (!d) d = zr__index_add(ix, dep);
      d->visited = true;
      if (tail == queue_cap) queue = zr_xrealloc(queue, (queue_cap *= 2) * sizeof *queue);
      queue[tail++] = (size_t)(d - ix->sources);
    }
  }
  if (ok) {
    zr__source **order = zr_xmalloc(tail * sizeof *order);
    for (size_t i = 0; i < tail; i++) order[i] = &ix->sources[queue[i]];
    qsort(order, tail, sizeof *order, zr__compare_sources);
    for (size_t i = 0; i < tail; i++) {
      zr__sha256_str(key, order[i]->path);
      zr__sha256_str(key, order[i]->hash);
    }
    free(order);
  }
  free(queue);
  return ok;
}

/* ---- building ------------------------------------------------------------------- */

/* The module name zig gets for the user's file: its stem, so @typeName reads
 * `memory-example-1.Actor`. zig accepts any name except ones containing '='
 * (the -M separator), an empty one, and names already taken (std, builtin,
 * root, and our zigar, zigar_options); those are mapped (docs/zig-build.md). */
static char *zr__module_name(const char *zig_file) {
  const char *base = zr__basename(zig_file);
  size_t len = strlen(base);
  if (len > 4 && !strcmp(base + len - 4, ".zig")) len -= 4;
  char *name = strndup(base, len);
  for (char *c = name; *c; c++)
    if (*c == '=') *c = '_';
  static const char *const taken[] = {"", "std", "builtin", "root", "zigar", "zigar_options", "c"};
  for (size_t i = 0; i < sizeof taken / sizeof *taken; i++) {
    if (!strcmp(name, taken[i])) {
      char *mapped = zr__format("%s_module", name[0] ? name : "zig");
      free(name);
      return mapped;
    }
  }
  return name;
}

/* The module name as used in cache file names: portable characters only,
 * short enough that "<name>-<key>.lock" fits NAME_MAX. */
static char *zr__file_stem(const char *module) {
  char *out = strndup(module, 64);
  for (char *c = out; *c; c++) {
    bool plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                 *c == '-' || *c == '_' || *c == '.';
    if (!plain) *c = '_';
  }
  return out;
}

/* Removes temp folders of builds of this key whose builder died (a live one
 * would hold the lock we hold now). */
static void zr__remove_stale_builds(const char *tmp_root, const char *prefix) {
  DIR *d = opendir(tmp_root);
  if (!d) return;
  size_t n = strlen(prefix);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strncmp(e->d_name, prefix, n) != 0) continue;
    char *path = zr__format("%s/%s", tmp_root, e->d_name);
    zr__remove_tree(path);
    free(path);
  }
  closedir(d);
}

/* A Zig string literal's contents for `text`. */
static char *zr__zig_string(const char *text) {
  size_t len = strlen(text);
  char *out = zr_xmalloc(len * 4 + 1);
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
    if (*p == '"' || *p == '\\') {
      out[n++] = '\\';
      out[n++] = (char)*p;
    } else if (*p < 0x20 || *p == 0x7f) {
      n += (size_t)sprintf(out + n, "\\x%02x", *p);
    } else {
      out[n++] = (char)*p;
    }
  }
  out[n] = '\0';
  return out;
}

/* Runs zig build-lib into `tmp`/<module>.so. */
/* Whether the build leaves out frame pointers (zr__compile says why). */
static bool omits_frame_pointer(const zr_zig_options *opts) {
  return strcmp(opts->optimize, "ReleaseFast") == 0 || strcmp(opts->optimize, "ReleaseSmall") == 0;
}

static bool zr__compile(const char *zig_file, const zr_zig_options *opts, const char *module,
                        const char *stdlib_dir, const char *tmp, const char *cache,
                        char **output_path, zr_zig_build_result *out) {
  bool ok = false;
  char *root = zr__format("%s/exporter.zig", tmp);
  char *options_file = zr__format("%s/zigar-options.zig", tmp);
  char *escaped = zr__zig_string(module);
  char *root_text = zr__format("const zigar = @import(\"zigar\");\n"
                               "pub const panic = zigar.panic;\n"
                               "comptime {\n    zigar.exportModule(@import(\"%s\"));\n}\n",
                               escaped);
  char *options_text = zr__format(
      "// Generated by zigar-run for one build (docs/zig-build.md).\n"
      "pub const optimize = \"%s\";\n"
      "pub const use_libc = %s;\n"
      "pub const multithreaded = %s;\n"
      "pub const omit_functions = %s;\n"
      "pub const omit_variables = %s;\n",
      opts->optimize, opts->use_libc ? "true" : "false", opts->multithreaded ? "true" : "false",
      opts->omit_functions ? "true" : "false", opts->omit_variables ? "true" : "false");
  char *dash_root = zr__format("-Mroot=%s", root);
  char *dash_user = zr__format("-M%s=%s", module, zig_file);
  char *dash_zigar = zr__format("-Mzigar=%s/zigar.zig", stdlib_dir);
  char *dash_options = zr__format("-Mzigar_options=%s", options_file);
  char *library = zr__format("%s/%s.so", tmp, module);
  char *emit = zr__format("-femit-bin=%s", library);
  char *local_cache = zr__format("%s/zig-cache", tmp);
  char *global_cache = zr__format("%s/zig-global-cache", cache);

  if (!zr__write_file(root, root_text, strlen(root_text)) ||
      !zr__write_file(options_file, options_text, strlen(options_text))) {
    out->error = zr__format("cannot write into %s: %s", tmp, strerror(errno));
    goto fail;
  }
  char *argv[40];
  int argc = 0;
  argv[argc++] = zr__the_zig.path;
  argv[argc++] = (char *)"build-lib";
  argv[argc++] = (char *)"-dynamic";
  argv[argc++] = (char *)"-O";
  argv[argc++] = (char *)opts->optimize;
  argv[argc++] = (char *)"-lc"; /* always: Zig's output is redirected by hooking libc's write */
  argv[argc++] = (char *)"-fPIC";
  /* Zig 0.15.2's own x86_64 backend (the Debug default) miscompiles
   * std.debug.print in threads of a shared library: Progress.unlockStderrWriter
   * reads through a register (r9) nothing loaded, which crashes when the
   * write before it left 0 there (a standalone `zig build-lib` + dlopen
   * reproduces it). LLVM's backend is right; it costs ~1 s per cold build. */
  argv[argc++] = (char *)"-fllvm";
  /* Zig keeps frame pointers in every mode; in the release modes a fast
   * entry is then push/mov/pop around its one instruction. Stack traces
   * there unwind with DWARF instead. */
  if (omits_frame_pointer(opts)) argv[argc++] = (char *)"-fomit-frame-pointer";
  if (!opts->multithreaded) argv[argc++] = (char *)"-fsingle-threaded";
  argv[argc++] = (char *)"--dep";
  argv[argc++] = (char *)"zigar";
  argv[argc++] = (char *)"--dep";
  argv[argc++] = (char *)module;
  argv[argc++] = dash_root;
  argv[argc++] = (char *)"--dep";
  argv[argc++] = (char *)"zigar";
  argv[argc++] = dash_user;
  argv[argc++] = (char *)"--dep";
  argv[argc++] = (char *)"zigar_options";
  argv[argc++] = dash_zigar;
  argv[argc++] = dash_options;
  argv[argc++] = emit;
  argv[argc++] = (char *)"--cache-dir";
  argv[argc++] = local_cache;
  argv[argc++] = (char *)"--global-cache-dir";
  argv[argc++] = global_cache;
  argv[argc] = NULL;

  zr__proc_result r;
  if (!zr__run(argv, &r)) {
    out->error = zr__format("cannot run %s: %s", zr__the_zig.path, strerror(errno));
    goto fail;
  }
  if (WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0) {
    free(r.output);
    struct stat st;
    if (stat(library, &st) != 0) {
      out->error = zr__format("zig reported success but wrote no %s", library);
      goto fail;
    }
    *output_path = library;
    library = NULL;
    ok = true;
  } else if (WIFEXITED(r.status)) {
    /* zig's diagnostics, file:line:col first; trailing newlines trimmed. */
    size_t n = strlen(r.output);
    while (n > 0 && (r.output[n - 1] == '\n' || r.output[n - 1] == '\r')) r.output[--n] = '\0';
    out->error = n ? r.output : zr__format("zig exited with status %d and printed nothing",
                                           WEXITSTATUS(r.status));
    if (!n) free(r.output);
    out->compile_error = true;
  } else {
    out->error = zr__format("zig was killed by signal %d while building %s%s%s",
                            WIFSIGNALED(r.status) ? WTERMSIG(r.status) : 0, zig_file,
                            r.output[0] ? ":\n" : "", r.output);
    free(r.output);
  }
fail:
  free(root);
  free(options_file);
  free(escaped);
  free(root_text);
  free(options_text);
  free(dash_root);
  free(dash_user);
  free(dash_zigar);
  free(dash_options);
  free(library);
  free(emit);
  free(local_cache);
  free(global_cache);
  return ok;
}

static int zr__lock(const char *path) {
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  while (flock(fd, LOCK_EX) != 0) {
    if (errno != EINTR) {
      close(fd);
      return -1;
    }
  }
  return fd;
}

/* Builds into a temp folder under the per-key lock and renames the result to
 * `library`. Re-checks after locking: whoever held the lock may have built it. */
static bool zr__build_locked(const char *zig_file, const zr_zig_options *opts,
                             const char *module, const char *stem, const char *key, const char *cache,
                             const char *library, const zr__stdlib *lib,
                             zr_zig_build_result *out) {
  bool ok = false;
  char *stdlib_dir = NULL, *tmp = NULL, *built = NULL;
  char *modules = zr__format("%s/modules", cache);
  char *tmp_root = zr__format("%s/tmp", cache);
  char *lock_path = zr__format("%s/%s-%s.lock", modules, stem, key);
  char *tmp_prefix = zr__format("%s-%s.", stem, key);
  int lock = -1;
  bool progress = false;
  if (!zr__mkdirs(modules) || !zr__mkdirs(tmp_root)) {
    out->error = zr__format("cannot create the cache folder %s: %s", cache, strerror(errno));
    goto fail;
  }
  if (!(stdlib_dir = zr__install_stdlib(cache, lib, &out->error))) goto fail;
  if ((lock = zr__lock(lock_path)) < 0) {
    out->error = zr__format("cannot lock %s: %s", lock_path, strerror(errno));
    goto fail;
  }
  struct stat st;
  if (stat(library, &st) == 0) { /* built while we waited */
    ok = true;
    goto fail;
  }
  zr__remove_stale_builds(tmp_root, tmp_prefix);
  tmp = zr__format("%s/%s%ld", tmp_root, tmp_prefix, (long)getpid());
  if (mkdir(tmp, 0755) != 0) {
    out->error = zr__format("cannot create %s: %s", tmp, strerror(errno));
    goto fail;
  }
  if (isatty(STDERR_FILENO)) {
    fprintf(stderr, "Building %s (%s)\xe2\x80\xa6", zr__basename(zig_file), opts->optimize);
    fflush(stderr);
    progress = true;
  }
  if (!zr__compile(zig_file, opts, module, stdlib_dir, tmp, cache, &built, out)) goto fail;
  if (rename(built, library) != 0) {
    out->error = zr__format("cannot move the library into %s: %s", library, strerror(errno));
    goto fail;
  }
  ok = true;
fail:
  if (progress) {
    fputs("\r\x1b[K", stderr); /* clear the line, whatever happened */
    fflush(stderr);
  }
  if (tmp) zr__remove_tree(tmp);
  if (lock >= 0) close(lock); /* releases the flock */
  free(stdlib_dir);
  free(tmp);
  free(built);
  free(modules);
  free(tmp_root);
  free(lock_path);
  free(tmp_prefix);
  return ok;
}

bool zr_zig_build(const char *zig_file, const zr_zig_options *opts, zr_zig_build_result *out) {
  memset(out, 0, sizeof *out);
  bool ok = false;
  const char *cache = zr_zig_cache_dir();
  char *module = NULL, *stem = NULL, *library = NULL;
  zr__index ix = {0};
  zr__stdlib lib;
  if (!zr__get_stdlib(&lib, &out->error)) return false;
  if (!zr__find_zig(&out->error)) return false;
  module = zr__module_name(zig_file);
  stem = zr__file_stem(module);

  char options_text[160];
  snprintf(options_text, sizeof options_text, "optimize=%s libc=%d mt=%d omitfn=%d omitvar=%d",
           opts->optimize, opts->use_libc, opts->multithreaded, opts->omit_functions,
           opts->omit_variables);
  /* One index per (file, options, stdlib-zig): it also remembers which library
   * it last pointed at, which a rebuild for new sources then deletes. */
  {
    zr__sha256 h;
    char hex[65];
    zr__sha256_init(&h);
    zr__sha256_str(&h, zig_file);
    zr__sha256_str(&h, options_text);
    zr__sha256_str(&h, lib.hash);
    zr__sha256_hex(&h, hex);
    ix.path = zr__format("%s/index/%.32s", cache, hex);
  }
  zr__index_load(&ix);
  /* The version of the same zig binary (same inode, size, times) is known. */
  if (!zr__the_zig.version && ix.zig_version && ix.zig_path &&
      !strcmp(ix.zig_path, zr__the_zig.path) && zr__fingerprint_equal(&ix.zig_fp, &zr__the_zig.fp))
    zr__the_zig.version = strdup(ix.zig_version);
  bool zig_known = ix.zig_version != NULL && zr__the_zig.version &&
                   !strcmp(ix.zig_version, zr__the_zig.version) &&
                   zr__fingerprint_equal(&ix.zig_fp, &zr__the_zig.fp);
  if (!zr__check_zig_version(&out->error)) goto fail;
  if (!zig_known) ix.dirty = true;

  zr__sha256 key_hash;
  zr__sha256_init(&key_hash);
  char recipe[64];
  snprintf(recipe, sizeof recipe, "zigar-run module recipe %d abi %u", ZR__RECIPE_VERSION,
           (unsigned)ZIGAR_ABI_VERSION);
  zr__sha256_str(&key_hash, recipe);
  zr__sha256_str(&key_hash, zr__the_zig.version);
  zr__sha256_str(&key_hash, zr__target());
  zr__sha256_str(&key_hash, lib.hash);
  zr__sha256_str(&key_hash, options_text);
  zr__sha256_str(&key_hash, module);
  if (!zr__hash_sources(&ix, zig_file, &key_hash, &out->error)) goto fail;
  char key_hex[65];
  zr__sha256_hex(&key_hash, key_hex);
  key_hex[32] = '\0'; /* 128 bits name a build well enough */

  library = zr__format("%s/modules/%s-%s.so", cache, stem, key_hex);
  struct stat st;
  if (stat(library, &st) != 0) {
    if (!zr__build_locked(zig_file, opts, module, stem, key_hex, cache, library, &lib, out)) goto fail;
  }
  if (!ix.last_key || strcmp(ix.last_key, key_hex) != 0) {
    /* The sources changed since the last build for this (file, options): the
     * old library is garbage. Unlinking is safe for processes that have it
     * dlopen'ed already. */
    if (ix.last_library && strcmp(ix.last_library, library) != 0) unlink(ix.last_library);
    free(ix.last_key);
    free(ix.last_library);
    ix.last_key = strdup(key_hex);
    ix.last_library = strdup(library);
    ix.dirty = true;
  }
  if (ix.dirty) zr__index_save(&ix);
  out->library_path = library;
  library = NULL;
  ok = true;
fail:
  zr__index_free(&ix);
  free(module);
  free(stem);
  free(library);
  return ok;
}

void zr_zig_build_result_free(zr_zig_build_result *r) {
  free(r->library_path);
  free(r->error);
  r->library_path = r->error = NULL;
  r->compile_error = false;
}
