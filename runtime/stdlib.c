/*
 * stdlib.c — loads embedded stdlib-js files into a realm (stdlib_js.h).
 *
 * Each file is compiled with CompileFunction rather than as a module: no
 * module graph to instantiate at start-up, and stack traces still name
 * `zigar-run:stdlib/<file>.js`. The exports object is cached in the realm's
 * require cache *before* the body runs, so two files may require each other.
 *
 * Start-up matters (docs/startup.md), so compiling is made cheap twice over:
 *
 * - Sources reach V8 as external one-byte strings over the embedded bytes
 *   (no copy, no UTF-8 decoding). A file with non-ASCII characters (arrows
 *   in comments, box-drawing characters in strings) is first rewritten once
 *   per process with `\uXXXX` escapes, which mean the same in comments,
 *   strings, templates (cooked), regular expressions and identifiers; a file
 *   where an escape could change the meaning (a non-ASCII character after a
 *   backslash, or one that JS reads as white space or a line break) is
 *   passed as UTF-8 instead.
 *
 * - V8 code caches, one per file, in
 *     <zr_zig_cache_dir()>/stdlib-js/<V8 tag>/<stem>-<hash of the source>.bin
 *   where the V8 tag changes with V8's version and flags. A file compiled
 *   without a usable cache is remembered, and at process exit (atexit: the
 *   isolate is never disposed, so V8 is still there) its cache is made —
 *   after the run, so the functions compiled lazily while it ran are in it —
 *   and written atomically (temp file + rename). Because the first run to
 *   write a cache may have used few of a file's functions, a cache is made
 *   again at the exit of the next few runs that use it (its generation
 *   counts them), each adding what that run compiled. Our header carries a
 *   checksum: release V8 does not check a cache's payload, and a corrupt one
 *   must not reach its deserialiser. Nothing about the cache can fail a run:
 *   any problem means "compile from source" and, at exit, "write it again".
 *   ZIGAR_NO_CODE_CACHE=1 turns the cache off (benchmarks, debugging).
 */
#include "stdlib_js.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "zig_build.h"

static const zr_stdlib_source *find_source(const char *name) {
  for (const zr_stdlib_source *s = zr_stdlib_sources; s->name; s++)
    if (strcmp(s->name, name) == 0) return s;
  return NULL;
}

/* ---- source strings -------------------------------------------------------------- */

/* Per file: the ASCII text handed to V8 (the embedded bytes, or an escaped
 * copy made once), or NULL to pass the UTF-8 as it is. */
typedef struct source_text {
  bool done;
  const char *ascii;
  size_t length;
} source_text;
static source_text *source_texts;

static bool is_ascii(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < len; i++)
    if (p[i] & 0x80) return false;
  return true;
}

/* One UTF-8 sequence at p (< end): the code point and its length, or -1. */
static int32_t utf8_decode(const unsigned char *p, const unsigned char *end, int *n) {
  unsigned c = p[0];
  int len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (len == 0 || end - p < len) return -1;
  uint32_t cp = c & (0x7f >> len);
  for (int i = 1; i < len; i++) {
    if ((p[i] & 0xc0) != 0x80) return -1;
    cp = (cp << 6) | (p[i] & 0x3f);
  }
  static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
  if (cp < min[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  *n = len;
  return (int32_t)cp;
}

/* Code points an escape would change the meaning of outside strings:
 * JS white space and line terminators. */
static bool js_space(uint32_t cp) {
  return cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff;
}

/* `src` with every non-ASCII character as \uXXXX (malloc'ed), or NULL. */
static char *escape_source(const zr_stdlib_source *src, size_t *out_len) {
  const unsigned char *p = (const unsigned char *)src->source, *end = p + src->length;
  char *out = malloc(src->length * 6 + 1), *o = out; /* ≤ 12 bytes out per 2+ in */
  if (!out) return NULL;
  while (p < end) {
    if (*p < 0x80) {
      *o++ = (char)*p++;
      continue;
    }
    int n;
    int32_t cp = utf8_decode(p, end, &n);
    if (cp < 0 || js_space((uint32_t)cp)) goto fail;
    /* after an odd run of backslashes the escape would itself be escaped */
    size_t slashes = 0;
    while (o - slashes > out && o[-1 - (ptrdiff_t)slashes] == '\\') slashes++;
    if (slashes & 1) goto fail;
    if (cp < 0x10000) {
      o += sprintf(o, "\\u%04x", (unsigned)cp);
    } else {
      uint32_t v = (uint32_t)cp - 0x10000;
      o += sprintf(o, "\\u%04x\\u%04x", 0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    }
    p += n;
  }
  *o = '\0';
  *out_len = (size_t)(o - out);
  return out;
fail:
  free(out);
  return NULL;
}

static v8c_value source_string(v8c_isolate *iso, const zr_stdlib_source *src) {
  if (!source_texts) {
    size_t count = 0;
    while (zr_stdlib_sources[count].name) count++;
    source_texts = zr_xcalloc(count, sizeof *source_texts);
  }
  source_text *t = &source_texts[src - zr_stdlib_sources];
  if (!t->done) {
    t->done = true;
    if (is_ascii(src->source, src->length)) {
      t->ascii = src->source;
      t->length = src->length;
    } else {
      t->ascii = escape_source(src, &t->length); /* kept for the process */
    }
  }
  if (t->ascii) return v8c_string_external_static(iso, t->ascii, t->length);
  return v8c_string(iso, src->source, (ptrdiff_t)src->length);
}

/* ---- the code cache ------------------------------------------------------------ */

/* File layout: header, then V8's cached data (payload_len bytes). */
#define CACHE_MAGIC 0x3243435aU /* "ZCC2" */
/* Runs after the first that make a file's cache again (see the top). */
#define CACHE_GENERATIONS 3
typedef struct cache_header {
  uint32_t magic;
  uint32_t v8_tag;
  uint64_t source_hash;
  uint64_t payload_hash;
  uint64_t payload_len;
  uint32_t generation;
  uint32_t reserved;
} cache_header;

typedef struct pending_cache {
  const zr_stdlib_source *src;
  v8c_isolate *iso;
  v8c_persistent *fn;
  uint32_t generation; /* of the file to write */
  size_t old_len;      /* payload length of the cache it replaces, or 0 */
} pending_cache;

static struct {
  bool initialised, disabled;
  uint32_t v8_tag;
  char *dir; /* …/stdlib-js/<tag>, made when first written */
  pthread_t thread;
  pid_t pid; /* a forked child must not touch V8 at its exit */
  pending_cache *pending;
  int pending_count, pending_cap;
  bool at_exit_registered;
} cc;

/* A fast 64-bit hash: four independent lanes of 8 bytes (a few µs for all of
 * zig*.js). Not cryptographic: it tells versions of our own files apart and
 * catches corruption of cache files. */
static uint64_t mix(uint64_t h) {
  h ^= h >> 31;
  h *= 0xd6e8feb86659fd39ULL;
  return h ^ (h >> 32);
}

static uint64_t hash64(const void *data, size_t len, uint64_t seed) {
  const unsigned char *p = data;
  const uint64_t k1 = 0xbf58476d1ce4e5b9ULL, k2 = 0x94d049bb133111ebULL;
  uint64_t h[4] = { seed, seed ^ k1, seed ^ k2, seed + len };
  size_t i = 0;
  for (; i + 32 <= len; i += 32) {
    for (int j = 0; j < 4; j++) {
      uint64_t w;
      memcpy(&w, p + i + 8 * j, 8);
      h[j] = (h[j] ^ (w * k1)) * k2;
      h[j] ^= h[j] >> 29;
    }
  }
  uint64_t r = mix(h[0]) ^ (mix(h[1]) * 3) ^ (mix(h[2]) * 5) ^ (mix(h[3]) * 7);
  for (; i < len; i += 8) {
    uint64_t w = 0;
    memcpy(&w, p + i, len - i < 8 ? len - i : 8);
    r = (r ^ (w * k1)) * k2;
    r ^= r >> 29;
  }
  return mix(r ^ len);
}

static void cache_init(void) {
  if (cc.initialised) return;
  cc.initialised = true;
  const char *off = getenv("ZIGAR_NO_CODE_CACHE");
  if (off && *off && strcmp(off, "0") != 0) {
    cc.disabled = true;
    return;
  }
  cc.v8_tag = v8c_code_cache_version_tag();
  cc.thread = pthread_self();
  cc.pid = getpid();
  if (asprintf(&cc.dir, "%s/stdlib-js/%08x", zr_zig_cache_dir(), cc.v8_tag) < 0) cc.disabled = true;
}

static uint64_t source_hash(const zr_stdlib_source *src) {
  return hash64(src->source, src->length, 0x7a69676172ULL);
}

static char *cache_path(const zr_stdlib_source *src, uint64_t hash) {
  char *path;
  if (asprintf(&path, "%s/%s-%016llx.bin", cc.dir, src->name, (unsigned long long)hash) < 0) return NULL;
  return path;
}

/* The contents of a valid cache file for `src` (malloc'ed; the payload
 * starts after the header), or NULL. */
static unsigned char *cache_read(const zr_stdlib_source *src, uint64_t hash, cache_header *h) {
  char *path = cache_path(src, hash);
  if (!path) return NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  free(path);
  if (fd < 0) return NULL;
  unsigned char *buf = NULL;
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof *h || st.st_size > (64 << 20)) goto fail;
  size_t size = (size_t)st.st_size;
  buf = malloc(size);
  if (!buf) goto fail;
  size_t got = 0;
  while (got < size) {
    ssize_t n = read(fd, buf + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) goto fail;
    got += (size_t)n;
  }
  memcpy(h, buf, sizeof *h);
  if (h->magic != CACHE_MAGIC || h->v8_tag != cc.v8_tag || h->source_hash != hash ||
      h->payload_len != size - sizeof *h || hash64(buf + sizeof *h, (size_t)h->payload_len, hash) != h->payload_hash)
    goto fail;
  close(fd);
  return buf;
fail:
  free(buf);
  close(fd);
  return NULL;
}

static bool mkdirs(const char *path) {
  char *p = strdup(path);
  if (!p) return false;
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

static bool write_all(int fd, const void *data, size_t len) {
  const unsigned char *p = data;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= (size_t)n;
  }
  return true;
}

/* Removes other versions of `name`'s cache (other source hashes) not
 * written for a week, so a cache dir does not grow with every change to
 * stdlib-js. Not younger ones: two builds with different stdlib-js sharing
 * the cache (a debug and a release build) would remove each other's on
 * every run. */
static void remove_old_versions(const char *name, const char *keep) {
  DIR *d = opendir(cc.dir);
  if (!d) return;
  size_t n = strlen(name);
  time_t now = time(NULL);
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *f = e->d_name;
    /* "<name>-<16 hex>.bin" exactly: "zig-…" must not match "zig_types-…" */
    if (strncmp(f, name, n) != 0 || f[n] != '-' || strlen(f) != n + 1 + 16 + 4 ||
        strcmp(f + n + 17, ".bin") != 0 || strcmp(f, keep) == 0)
      continue;
    char *path;
    if (asprintf(&path, "%s/%s", cc.dir, f) < 0) continue;
    struct stat st;
    if (stat(path, &st) == 0 && st.st_mtime < now - 7 * 24 * 3600) unlink(path);
    free(path);
  }
  closedir(d);
}

static void cache_write(const zr_stdlib_source *src, uint32_t generation, const void *payload, size_t len) {
  uint64_t hash = source_hash(src);
  char *path = cache_path(src, hash);
  char *tmp = NULL;
  if (!path || asprintf(&tmp, "%s.%ld.tmp", path, (long)getpid()) < 0) tmp = NULL;
  if (!tmp || !mkdirs(cc.dir)) goto done;
  cache_header h = { CACHE_MAGIC, cc.v8_tag, hash, hash64(payload, len, hash), len, generation, 0 };
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) goto done;
  bool ok = write_all(fd, &h, sizeof h) && write_all(fd, payload, len);
  ok = close(fd) == 0 && ok;
  if (ok && rename(tmp, path) == 0) {
    if (generation == 0) remove_old_versions(src->name, strrchr(path, '/') + 1);
  } else {
    unlink(tmp);
  }
done:
  free(tmp);
  free(path);
}

/* atexit: make and write the caches remembered by cache_remember. */
static void cache_flush(void) {
  /* V8 is the main thread's, and does not survive fork() */
  if (!pthread_equal(pthread_self(), cc.thread) || getpid() != cc.pid) return;
  int count = cc.pending_count;
  cc.pending_count = 0; /* once, even if exit() is re-entered */
  for (int i = 0; i < count; i++) {
    pending_cache *p = &cc.pending[i];
    v8c_handle_scope scope;
    v8c_handle_scope_open(p->iso, &scope);
    size_t len = 0;
    void *data = v8c_code_cache_create(v8c_persistent_get(p->iso, p->fn), &len);
    v8c_handle_scope_close(&scope);
    /* Smaller than the cache it replaces: V8 dropped code this run did not
     * use; keep the old one (and make it again next time). */
    if (data && len >= p->old_len) cache_write(p->src, p->generation, data, len);
    free(data);
  }
}

static void cache_remember(v8c_isolate *iso, const zr_stdlib_source *src, v8c_value fn, uint32_t generation,
                           size_t old_len) {
  if (!pthread_equal(pthread_self(), cc.thread)) return;
  for (int i = 0; i < cc.pending_count; i++)
    if (cc.pending[i].src == src) return; /* another realm compiled it first */
  if (cc.pending_count == cc.pending_cap) {
    int cap = cc.pending_cap ? cc.pending_cap * 2 : 16;
    pending_cache *grown = realloc(cc.pending, (size_t)cap * sizeof *grown);
    if (!grown) return;
    cc.pending = grown;
    cc.pending_cap = cap;
  }
  cc.pending[cc.pending_count++] = (pending_cache){ src, iso, v8c_persistent_new(iso, fn), generation, old_len };
  if (!cc.at_exit_registered) cc.at_exit_registered = atexit(cache_flush) == 0;
}

/* Compiles `src` as a stdlib-js function, with its code cache if there is a
 * valid one, and arranges for the cache to be made or refreshed at exit. */
static v8c_value compile_source(v8c_context ctx, const zr_stdlib_source *src, v8c_value source,
                                const char *resource) {
  static const char *const params[] = { "exports", "require", "natives" };
  cache_init();
  if (cc.disabled) return v8c_compile_function(ctx, source, resource, 3, params);
  uint64_t hash = source_hash(src);
  cache_header h;
  unsigned char *buf = cache_read(src, hash, &h);
  bool rejected = false;
  v8c_value fn = v8c_compile_function_cached(ctx, source, resource, 3, params, buf ? buf + sizeof h : NULL,
                                             buf ? (size_t)h.payload_len : 0, &rejected);
  bool had_cache = buf != NULL;
  free(buf);
  if (!fn) return NULL;
  v8c_isolate *iso = v8c_context_isolate(ctx);
  if (!had_cache || rejected) cache_remember(iso, src, fn, 0, 0);
  else if (h.generation < CACHE_GENERATIONS) cache_remember(iso, src, fn, h.generation + 1, (size_t)h.payload_len);
  return fn;
}

v8c_value zr_stdlib_require(zr_realm *realm, const char *name) {
  v8c_isolate *iso = realm->rt->iso;
  v8c_context ctx = zr_realm_context(realm);
  v8c_value cache = v8c_persistent_get(iso, realm->require_cache);
  v8c_value key = v8c_string(iso, name, -1);
  v8c_value cached = v8c_get(ctx, cache, key);
  if (!cached) return NULL;
  if (!v8c_is_undefined(cached)) return cached;

  const zr_stdlib_source *src = find_source(name);
  if (!src) return v8c_throw_error(ctx, "stdlib-js has no file named '%s'", name);

  char resource[256];
  snprintf(resource, sizeof resource, "zigar-run:stdlib/%s.js", name);
  v8c_value source = source_string(iso, src);
  if (!source) return NULL;
  v8c_value fn = compile_source(ctx, src, source, resource);
  if (!fn) return NULL;
  v8c_value exports = v8c_object_new(ctx);
  if (!v8c_set(ctx, cache, key, exports)) return NULL;
  v8c_value argv[3] = {
    exports,
    v8c_persistent_get(iso, realm->require_fn),
    v8c_persistent_get(iso, realm->natives),
  };
  if (!v8c_call(ctx, fn, v8c_undefined(iso), 3, argv)) return NULL;
  return exports;
}
