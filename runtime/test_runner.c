/*
 * test_runner.c — the embedded test262-style runner (contract in test_runner.h,
 * file format and child contract in docs/testing.md).
 *
 * Design:
 * - Discovery walks the given paths depth-first in byte order of names, so
 *   the run list — and therefore the report — is the same on every machine.
 *   A folder holding a `.not-tests` file is skipped when reached by walking
 *   (naming it explicitly runs it: that is how the runner's own failing
 *   fixtures are exercised). `harness/` folders, dot-folders and
 *   `*_FIXTURE.js` files are never walked into or run.
 * - Each mode of each test (sloppy, strict, module) is one "run": one child
 *   process, started with uv_spawn on a private loop. A child is started in
 *   its own session (UV_PROCESS_DETACHED) so that a timeout can SIGKILL its
 *   whole process group — a compiler or helper it started would otherwise
 *   keep the output pipes open and the runner waiting.
 * - A run is judged only once its four handles (process, stdout pipe,
 *   stderr pipe, timer) are closed: the pipes are read to EOF first, so no
 *   output written just before exit is lost. If a pipe stays open after the
 *   child exited (a grandchild holds it), a short grace timer kills the group
 *   and closes the pipes.
 * - Results are kept per run and printed after the loop ends, sorted, so
 *   parallelism never reorders the report; only the TTY progress line is live.
 */
#include "test_runner.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "front_matter.h"

#define ZR__DEFAULT_TIMEOUT_S 10.0
#define ZR__GRACE_MS 2000             /* after exit, wait this long for pipe EOF */
#define ZR__OUTPUT_CAP (16u << 20)    /* keep at most this much of each stream */
#define ZR__DETAIL_LINES 10
#define ZR__REASON_MAX 160            /* characters of a quoted line in a reason */

/* ---- helpers ------------------------------------------------------------ */

static void *zr__tr_alloc(void *old, size_t n) {
  void *p = realloc(old, n ? n : 1);
  if (p == NULL) {
    fprintf(stderr, "zigar-run: out of memory\n");
    abort();
  }
  return p;
}

static char *zr__tr_strdup(const char *s) {
  size_t n = strlen(s);
  char *p = zr__tr_alloc(NULL, n + 1);
  memcpy(p, s, n + 1);
  return p;
}

static char *zr__tr_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *zr__tr_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = zr__tr_alloc(NULL, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

typedef struct zr__tr_buf {
  char *p;
  size_t len, cap;
  bool truncated;
} zr__tr_buf;

static void zr__tr_buf_add(zr__tr_buf *b, const char *s, size_t n) {
  if (b->len + n > ZR__OUTPUT_CAP) {
    b->truncated = true;
    n = ZR__OUTPUT_CAP - b->len;
  }
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->p = zr__tr_alloc(b->p, b->cap);
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

static bool zr__tr_ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool zr__tr_file_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool zr__tr_read_file(const char *path, char **out, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return false;
  zr__tr_buf b = {0};
  char chunk[16384];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) zr__tr_buf_add(&b, chunk, n);
  bool ok = !ferror(f);
  fclose(f);
  if (b.p == NULL) zr__tr_buf_add(&b, "", 0);
  *out = b.p;
  *len = b.len;
  return ok;
}

/* ---- tests and runs --------------------------------------------------- */

typedef enum { ZR__MODE_SLOPPY, ZR__MODE_STRICT, ZR__MODE_MODULE, ZR__MODE_NONE } zr__mode;

static const char *const zr__mode_names[] = {"sloppy", "strict", "module", ""};

typedef struct zr__test {
  char *path;             /* as displayed: the user's path joined with names */
  char *abs;              /* what the child is given */
  zr_test_meta meta;
  char **includes;        /* absolute include paths, in load order */
  size_t n_includes;
  char *setup_error;      /* a failure found before running: front matter, include */
} zr__test;

typedef struct zr__runner zr__runner;

typedef struct zr__run {
  zr__runner *runner;
  zr__test *test;
  zr__mode mode;
  /* child state */
  uv_process_t proc;
  uv_pipe_t out_pipe, err_pipe;
  uv_timer_t timer;
  int open_handles;
  bool spawned, exited, timed_out, running;
  int64_t exit_status;
  int term_signal;
  uint64_t started_ms, elapsed_ms;
  zr__tr_buf out, err;
  /* verdict */
  bool failed;
  char *reason;
  char *detail; /* newline-separated, already indented, or NULL */
} zr__run;

struct zr__runner {
  uv_loop_t loop;
  uv_signal_t sigint, sigterm;
  const char *self_exe;
  double timeout_s;
  unsigned jobs;
  bool verbose, progress, list_only;
  zr__test **tests;
  size_t n_tests;
  zr__run **runs;
  size_t n_runs, next, running, done, failed;
  uint64_t last_progress_ms;
};

static void zr__test_free(zr__test *t) {
  free(t->path);
  free(t->abs);
  zr_test_meta_free(&t->meta);
  for (size_t k = 0; k < t->n_includes; k++) free(t->includes[k]);
  free(t->includes);
  free(t->setup_error);
  free(t);
}

/* ---- discovery -------------------------------------------------------- */

/* The harness of a test is the nearest `harness/` folder holding assert.js
 * in the test's folder or above it: tests/harness for ours, and a test262
 * checkout's own harness/ for its tests/ folder. */
static char *zr__find_harness(const char *abs_file) {
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", abs_file);
  for (;;) {
    char *slash = strrchr(dir, '/');
    if (slash == NULL) return NULL;
    *slash = '\0';
    char probe[PATH_MAX + 32];
    snprintf(probe, sizeof probe, "%s/harness/assert.js", dir[0] ? dir : "");
    if (zr__tr_file_exists(probe)) return zr__tr_printf("%s/harness", dir[0] ? dir : "");
    if (dir[0] == '\0') return NULL;
  }
}

static void zr__add_include(zr__test *t, const char *harness, const char *name) {
  for (size_t k = 0; k < t->n_includes; k++) {
    const char *base = strrchr(t->includes[k], '/');
    if (base && strcmp(base + 1, name) == 0) return; /* listed twice: load once */
  }
  if (t->setup_error) return;
  if (harness == NULL) {
    t->setup_error = zr__tr_printf("include %s: no harness/assert.js in any folder above the test", name);
    return;
  }
  char *path = zr__tr_printf("%s/%s", harness, name);
  if (!zr__tr_file_exists(path)) {
    t->setup_error = zr__tr_printf("include %s: no such file in %s", name, harness);
    free(path);
    return;
  }
  t->includes = zr__tr_alloc(t->includes, (t->n_includes + 1) * sizeof *t->includes);
  t->includes[t->n_includes++] = path;
}

static void zr__add_test(zr__runner *r, zr__test *t) {
  r->tests = zr__tr_alloc(r->tests, (r->n_tests + 1) * sizeof *r->tests);
  r->tests[r->n_tests++] = t;
}

/* Reads and parses one candidate file. `explicit` files without front
 * matter are reported, since the user asked for them by name. */
static void zr__consider_file(zr__runner *r, const char *path, bool explicit) {
  char *src = NULL;
  size_t len = 0;
  zr__test *t = zr__tr_alloc(NULL, sizeof *t);
  memset(t, 0, sizeof *t);
  t->path = zr__tr_strdup(path);
  char abs[PATH_MAX];
  t->abs = zr__tr_strdup(realpath(path, abs) ? abs : path);
  if (!zr__tr_read_file(path, &src, &len)) {
    t->setup_error = zr__tr_printf("cannot read: %s", strerror(errno));
    zr_test_meta_free(&t->meta);
    goto add;
  }
  char err[512];
  int res = zr_test_front_matter_parse(src, len, &t->meta, err, sizeof err);
  if (res == ZR_TEST_FM_NONE) {
    if (!explicit) goto skip;
    t->setup_error = zr__tr_strdup("not a test: no /*--- front matter ---*/ block");
    goto add;
  }
  if (res == ZR_TEST_FM_ERROR) {
    t->setup_error = zr__tr_printf("front matter: %s", err);
    goto add;
  }
  unsigned fl = t->meta.flags;
  if (!(fl & ZR_TEST_FLAG_RAW)) {
    char *harness = zr__find_harness(t->abs);
    zr__add_include(t, harness, "assert.js");
    zr__add_include(t, harness, "sta.js");
    if (fl & ZR_TEST_FLAG_ASYNC) zr__add_include(t, harness, "doneprintHandle.js");
    for (size_t k = 0; k < t->meta.includes.len; k++)
      zr__add_include(t, harness, t->meta.includes.items[k]);
    free(harness);
  }
add:
  free(src);
  zr__add_test(r, t);
  return;
skip:
  free(src);
  zr__test_free(t);
}

static bool zr__is_test_name(const char *name) {
  if (!zr__tr_ends_with(name, ".js") && !zr__tr_ends_with(name, ".mjs")) return false;
  return !zr__tr_ends_with(name, "_FIXTURE.js") && !zr__tr_ends_with(name, "_FIXTURE.mjs");
}

static int zr__name_cmp(const struct dirent **a, const struct dirent **b) {
  return strcmp((*a)->d_name, (*b)->d_name);
}

/* Returns false when `path` cannot be read at all (a usage error). */
static bool zr__walk(zr__runner *r, const char *path, bool explicit) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "zigar-run test: %s: %s\n", path, strerror(errno));
    return false;
  }
  if (S_ISREG(st.st_mode)) {
    if (explicit || zr__is_test_name(strrchr(path, '/') ? strrchr(path, '/') + 1 : path))
      zr__consider_file(r, path, explicit);
    return true;
  }
  if (!S_ISDIR(st.st_mode)) return true;
  if (!explicit) {
    char *marker = zr__tr_printf("%s/.not-tests", path);
    bool skip = access(marker, F_OK) == 0;
    free(marker);
    if (skip) return true;
  }
  struct dirent **names = NULL;
  int n = scandir(path, &names, NULL, zr__name_cmp);
  if (n < 0) {
    fprintf(stderr, "zigar-run test: %s: %s\n", path, strerror(errno));
    return false;
  }
  bool ok = true;
  size_t plen = strlen(path);
  while (plen > 1 && path[plen - 1] == '/') plen--;
  for (int k = 0; k < n; k++) {
    const char *name = names[k]->d_name;
    if (name[0] != '.' && strcmp(name, "harness") != 0) {
      char *child = zr__tr_printf("%.*s/%s", (int)plen, path, name);
      struct stat cst;
      if (stat(child, &cst) == 0) {
        if (S_ISDIR(cst.st_mode)) ok = zr__walk(r, child, false) && ok;
        else if (S_ISREG(cst.st_mode) && zr__is_test_name(name)) zr__consider_file(r, child, false);
      }
      free(child);
    }
    free(names[k]);
  }
  free(names);
  return ok;
}

static void zr__plan_runs(zr__runner *r) {
  for (size_t k = 0; k < r->n_tests; k++) {
    zr__test *t = r->tests[k];
    zr__mode modes[2];
    size_t n = 0;
    unsigned fl = t->meta.flags;
    if (t->setup_error) modes[n++] = ZR__MODE_NONE;
    else if (fl & ZR_TEST_FLAG_MODULE) modes[n++] = ZR__MODE_MODULE;
    else if (fl & (ZR_TEST_FLAG_RAW | ZR_TEST_FLAG_NO_STRICT)) modes[n++] = ZR__MODE_SLOPPY;
    else if (fl & ZR_TEST_FLAG_ONLY_STRICT) modes[n++] = ZR__MODE_STRICT;
    else modes[n++] = ZR__MODE_SLOPPY, modes[n++] = ZR__MODE_STRICT;
    for (size_t m = 0; m < n; m++) {
      zr__run *run = zr__tr_alloc(NULL, sizeof *run);
      memset(run, 0, sizeof *run);
      run->runner = r;
      run->test = t;
      run->mode = modes[m];
      r->runs = zr__tr_alloc(r->runs, (r->n_runs + 1) * sizeof *r->runs);
      r->runs[r->n_runs++] = run;
    }
  }
}

static int zr__run_cmp(const void *pa, const void *pb) {
  const zr__run *a = *(zr__run *const *)pa, *b = *(zr__run *const *)pb;
  int c = strcmp(a->test->path, b->test->path);
  return c ? c : (int)a->mode - (int)b->mode;
}

/* ---- judging ---------------------------------------------------------- */

/* Quotes a line for a reason: C-style escapes make trailing spaces, tabs
 * and control characters visible; long lines are cut. */
static void zr__quote(zr__tr_buf *b, const char *s, size_t n) {
  zr__tr_buf_add(b, "\"", 1);
  size_t shown = 0;
  for (size_t k = 0; k < n; k++, shown++) {
    if (shown >= ZR__REASON_MAX) {
      zr__tr_buf_add(b, "…", strlen("…"));
      break;
    }
    unsigned char c = (unsigned char)s[k];
    char esc[8];
    if (c == '"' || c == '\\') {
      esc[0] = '\\', esc[1] = (char)c;
      zr__tr_buf_add(b, esc, 2);
    } else if (c == '\t') {
      zr__tr_buf_add(b, "\\t", 2);
    } else if (c == '\r') {
      zr__tr_buf_add(b, "\\r", 2);
    } else if (c < 0x20 || c == 0x7f) {
      snprintf(esc, sizeof esc, "\\x%02x", c);
      zr__tr_buf_add(b, esc, 4);
    } else {
      zr__tr_buf_add(b, (const char *)&c, 1);
    }
  }
  zr__tr_buf_add(b, "\"", 1);
}

/* The next line of s[*pos..n) (without its newline); false at the end. */
static bool zr__next_line(const char *s, size_t n, size_t *pos, const char **line,
                          size_t *len) {
  if (*pos > n) return false;
  const char *nl = memchr(s + *pos, '\n', n - *pos);
  *line = s + *pos;
  *len = nl ? (size_t)(nl - (s + *pos)) : n - *pos;
  *pos = nl ? (size_t)(nl - s) + 1 : n + 1;
  return true;
}

/* Up to ZR__DETAIL_LINES non-empty lines of a stream, indented, for the
 * lines under a FAIL line. */
static char *zr__detail_of(const zr__tr_buf *stream, const char *label) {
  if (stream->len == 0) return NULL;
  zr__tr_buf b = {0};
  size_t pos = 0, shown = 0, len;
  const char *line;
  while (zr__next_line(stream->p, stream->len, &pos, &line, &len)) {
    if (len == 0) continue;
    if (shown == ZR__DETAIL_LINES) {
      zr__tr_buf_add(&b, "    …\n", strlen("    …\n"));
      break;
    }
    zr__tr_buf_add(&b, "    ", 4);
    if (label) {
      zr__tr_buf_add(&b, label, strlen(label));
      zr__tr_buf_add(&b, " ", 1);
    }
    zr__tr_buf_add(&b, line, len > 300 ? 300 : len);
    zr__tr_buf_add(&b, "\n", 1);
    shown++;
  }
  return b.p;
}

static bool zr__is_marker(const char *line, size_t len) {
  static const char prefix[] = "zigar-run-test: uncaught ";
  return len >= sizeof prefix - 1 && memcmp(line, prefix, sizeof prefix - 1) == 0;
}

/* The most telling line of stderr, for the reason: the first `Name: message`
 * line (an error report's headline); else, when the report shows the thrown
 * object inspected (`Name {` … `message: '…'`), the uncaught line's phase
 * and NAME with that message; else the first non-empty line; else the
 * uncaught line. Written into `out`. */
static void zr__headline(const zr__tr_buf *err, zr__tr_buf *out) {
  size_t pos = 0, len;
  const char *line, *first = NULL, *message = NULL, *mark = NULL;
  size_t first_len = 0, message_len = 0, mark_len = 0;
  const char *text = err->p ? err->p : "";
  while (zr__next_line(text, err->len, &pos, &line, &len)) {
    if (len == 0) continue;
    if (zr__is_marker(line, len)) {
      mark = line + strlen("zigar-run-test: "), mark_len = len - strlen("zigar-run-test: ");
      continue;
    }
    if (first == NULL) first = line, first_len = len;
    size_t k = 0;
    while (k < len && (line[k] == '_' || line[k] == '$' || (line[k] >= 'a' && line[k] <= 'z') ||
                       (line[k] >= 'A' && line[k] <= 'Z') || (line[k] >= '0' && line[k] <= '9')))
      k++;
    if (k > 0 && k + 1 < len && line[k] == ':' && line[k + 1] == ' ') {
      zr__tr_buf_add(out, line, len > ZR__REASON_MAX ? ZR__REASON_MAX : len);
      return;
    }
    size_t t = 0;
    while (t < len && line[t] == ' ') t++;
    if (message == NULL && len - t > 9 && memcmp(line + t, "message: ", 9) == 0)
      message = line + t + 9, message_len = len - t - 9;
  }
  if (mark != NULL && message != NULL) {
    zr__tr_buf_add(out, mark, mark_len);
    zr__tr_buf_add(out, ": ", 2);
    zr__tr_buf_add(out, message, message_len > ZR__REASON_MAX ? ZR__REASON_MAX : message_len);
  } else if (first != NULL) {
    zr__tr_buf_add(out, first, first_len > ZR__REASON_MAX ? ZR__REASON_MAX : first_len);
  } else if (mark != NULL) {
    zr__tr_buf_add(out, mark, mark_len);
  }
}

static void zr__fail(zr__run *run, char *reason, char *detail) {
  run->failed = true;
  run->reason = reason;
  run->detail = detail;
}

static void zr__fail_with_stderr(zr__run *run, zr__tr_buf *reason) {
  zr__fail(run, reason->p, zr__detail_of(&run->err, NULL));
}


/* Expected output may hold the placeholder ZR__ADDRESS ("<address>"),
 * which matches one or more decimal digits: pointer values printed by a
 * test (the seed's `[Symbol(zig)]: { address: 140352294253853n, … }`)
 * differ from run to run. Everything else must match byte for byte. */
#define ZR__ADDRESS "<address>"
static bool zr__output_matches(const char *want, size_t wlen, const char *got, size_t glen) {
  const size_t plen = sizeof ZR__ADDRESS - 1;
  size_t w = 0, g = 0;
  while (w < wlen) {
    if (wlen - w >= plen && memcmp(want + w, ZR__ADDRESS, plen) == 0) {
      size_t digits = 0;
      while (g + digits < glen && got[g + digits] >= '0' && got[g + digits] <= '9') digits++;
      if (digits == 0) return false;
      w += plen;
      g += digits;
      continue;
    }
    if (g >= glen || want[w] != got[g]) return false;
    w++;
    g++;
  }
  return g == glen;
}

static void zr__judge(zr__run *run) {
  zr__test *t = run->test;
  zr_test_meta *m = &t->meta;
  zr__tr_buf reason = {0};
  const char *line;
  size_t len, pos;

  if (t->setup_error) {
    zr__fail(run, zr__tr_strdup(t->setup_error), NULL);
    return;
  }
  if (!run->spawned) return; /* reason already set by zr__start */
  if (run->timed_out) {
    double s = m->timeout > 0 ? m->timeout : run->runner->timeout_s;
    zr__fail(run, zr__tr_printf("timed out after %g s", s), zr__detail_of(&run->err, NULL));
    return;
  }
  if (run->term_signal != m->expected_signal) {
    if (run->term_signal != 0)
      zr__fail(run, zr__tr_printf("killed by signal %d (%s)", run->term_signal, strsignal(run->term_signal)),
               zr__detail_of(&run->err, NULL));
    else
      zr__fail(run, zr__tr_printf("exited normally, expected death by signal %d (%s)", m->expected_signal,
                                  strsignal(m->expected_signal)),
               zr__detail_of(&run->err, NULL));
    return;
  }

  /* The last uncaught line wins: a report printed during teardown follows. */
  const char *mark = NULL;
  size_t mark_len = 0;
  pos = 0;
  while (zr__next_line(run->err.p ? run->err.p : "", run->err.len, &pos, &line, &len))
    if (zr__is_marker(line, len)) mark = line, mark_len = len;
  const char *uncaught = mark ? mark + strlen("zigar-run-test: uncaught ") : NULL;
  size_t uncaught_len = mark ? mark_len - strlen("zigar-run-test: uncaught ") : 0;

  bool negative = m->negative_phase != NULL;
  int want_exit = m->expected_signal ? (int)run->exit_status : m->expected_exit >= 0 ? m->expected_exit : negative ? 1 : 0;
  if (negative) {
    char *want = zr__tr_printf("%s %s", m->negative_phase, m->negative_type);
    bool ok = uncaught && uncaught_len == strlen(want) && memcmp(uncaught, want, uncaught_len) == 0;
    if (!ok) {
      char *r;
      if (uncaught)
        r = zr__tr_printf("expected %s, got %.*s", want, (int)uncaught_len, uncaught);
      else if (run->exit_status == 0)
        r = zr__tr_printf("expected %s, but the test completed normally", want);
      else
        r = zr__tr_printf("expected %s, but it exited with status %d without an uncaught-error line",
                          want, (int)run->exit_status);
      free(want);
      zr__fail(run, r, zr__detail_of(&run->err, NULL));
      return;
    }
    free(want);
  }
  if (run->exit_status != want_exit) {
    char *r = zr__tr_printf("exit status %d, expected %d", (int)run->exit_status, want_exit);
    zr__tr_buf_add(&reason, r, strlen(r));
    free(r);
    zr__tr_buf head = {0};
    zr__headline(&run->err, &head);
    if (head.len) {
      zr__tr_buf_add(&reason, ": ", 2);
      zr__tr_buf_add(&reason, head.p, head.len);
    }
    free(head.p);
    zr__fail_with_stderr(run, &reason);
    return;
  }
  if ((m->flags & ZR_TEST_FLAG_ASYNC) && !negative) {
    bool complete = false;
    pos = 0;
    while (zr__next_line(run->out.p ? run->out.p : "", run->out.len, &pos, &line, &len)) {
      if (len >= 25 && memcmp(line, "Test262:AsyncTestFailure:", 25) == 0) {
        zr__tr_buf_add(&reason, line, len > ZR__REASON_MAX ? ZR__REASON_MAX : len);
        zr__fail_with_stderr(run, &reason);
        return;
      }
      if (len == 25 && memcmp(line, "Test262:AsyncTestComplete", 25) == 0) complete = true;
    }
    if (!complete) {
      zr__tr_buf_add(&reason, "async test did not print Test262:AsyncTestComplete ($DONE not called)",
                     strlen("async test did not print Test262:AsyncTestComplete ($DONE not called)"));
      zr__fail_with_stderr(run, &reason);
      return;
    }
  }
  if (m->expected_stdout != NULL &&
      !zr__output_matches(m->expected_stdout, m->expected_stdout_len, run->out.p ? run->out.p : "",
                          run->out.len)) {
    /* Walk both line by line; a missing final newline shows as a last line
     * that is empty on one side and absent on the other. */
    const char *want = m->expected_stdout, *got = run->out.p ? run->out.p : "";
    size_t wpos = 0, gpos = 0, wl = 0, gl = 0, no = 0;
    const char *wline = NULL, *gline = NULL;
    for (;;) {
      no++;
      bool hw = zr__next_line(want, m->expected_stdout_len, &wpos, &wline, &wl);
      bool hg = zr__next_line(got, run->out.len, &gpos, &gline, &gl);
      if (!hw || !hg || !zr__output_matches(wline, wl, gline, gl)) {
        char *head = zr__tr_printf("stdout line %zu: expected ", no);
        zr__tr_buf_add(&reason, head, strlen(head));
        free(head);
        if (hw) zr__quote(&reason, wline, wl);
        else zr__tr_buf_add(&reason, "end of output", 13);
        zr__tr_buf_add(&reason, ", got ", 6);
        if (hg) zr__quote(&reason, gline, gl);
        else zr__tr_buf_add(&reason, "end of output", 13);
        break;
      }
    }
    if (run->out.truncated) zr__tr_buf_add(&reason, " (output cut at 16 MiB)", 23);
    zr__fail_with_stderr(run, &reason);
    return;
  }
  if (m->expected_stderr_contains != NULL &&
      (run->err.p == NULL || strstr(run->err.p, m->expected_stderr_contains) == NULL)) {
    zr__tr_buf_add(&reason, "stderr does not contain ", 24);
    zr__quote(&reason, m->expected_stderr_contains, strlen(m->expected_stderr_contains));
    zr__fail_with_stderr(run, &reason);
    return;
  }
  free(reason.p);
}

/* ---- running ---------------------------------------------------------- */

static void zr__start_next(zr__runner *r);

static void zr__progress(zr__runner *r, bool final) {
  if (!r->progress) return;
  uint64_t now = uv_now(&r->loop);
  if (final) {
    fputs("\r\033[K", stderr);
  } else if (now - r->last_progress_ms >= 100 || r->done == r->n_runs) {
    r->last_progress_ms = now;
    fprintf(stderr, "\r\033[K[%zu/%zu] %zu failed", r->done, r->n_runs, r->failed);
  }
  fflush(stderr);
}

static void zr__finish(zr__run *run) {
  zr__runner *r = run->runner;
  run->elapsed_ms = uv_now(&r->loop) - run->started_ms;
  run->running = false;
  zr__judge(run);
  /* Output is no longer needed once judged; thousands of runs add up. */
  free(run->out.p);
  free(run->err.p);
  memset(&run->out, 0, sizeof run->out);
  memset(&run->err, 0, sizeof run->err);
  r->running--;
  r->done++;
  if (run->failed) r->failed++;
  zr__progress(r, false);
  zr__start_next(r);
}

static void zr__on_close(uv_handle_t *h) {
  zr__run *run = h->data;
  if (--run->open_handles == 0) zr__finish(run);
}

static void zr__close(uv_handle_t *h) {
  if (!uv_is_closing(h)) uv_close(h, zr__on_close);
}

/* Closes the timer once the child is gone and both pipes reached EOF. */
static void zr__maybe_done(zr__run *run) {
  if (run->exited && uv_is_closing((uv_handle_t *)&run->out_pipe) &&
      uv_is_closing((uv_handle_t *)&run->err_pipe))
    zr__close((uv_handle_t *)&run->timer);
}

static void zr__kill_group(zr__run *run) {
  /* Negative pid: the child leads its own process group (UV_PROCESS_DETACHED). */
  if (run->proc.pid > 0) kill(-run->proc.pid, SIGKILL);
}

static void zr__alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  static char chunk[65536]; /* consumed before the next read: one loop thread */
  (void)h;
  (void)suggested;
  *buf = uv_buf_init(chunk, sizeof chunk);
}

static void zr__read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  zr__run *run = s->data;
  if (nread > 0) {
    zr__tr_buf_add(s == (uv_stream_t *)&run->out_pipe ? &run->out : &run->err, buf->base,
                   (size_t)nread);
  } else if (nread < 0) { /* EOF or error: either way this stream is over */
    zr__close((uv_handle_t *)s);
    zr__maybe_done(run);
  }
}

static void zr__grace_cb(uv_timer_t *t) {
  zr__run *run = t->data;
  zr__kill_group(run);
  zr__close((uv_handle_t *)&run->out_pipe);
  zr__close((uv_handle_t *)&run->err_pipe);
  zr__maybe_done(run);
}

static void zr__timeout_cb(uv_timer_t *t) {
  zr__run *run = t->data;
  run->timed_out = true;
  zr__kill_group(run);
}

static void zr__exit_cb(uv_process_t *p, int64_t status, int term_signal) {
  zr__run *run = p->data;
  run->exited = true;
  run->exit_status = status;
  run->term_signal = term_signal;
  uv_timer_stop(&run->timer);
  zr__close((uv_handle_t *)p);
  if (!uv_is_closing((uv_handle_t *)&run->out_pipe) || !uv_is_closing((uv_handle_t *)&run->err_pipe))
    uv_timer_start(&run->timer, zr__grace_cb, ZR__GRACE_MS, 0);
  zr__maybe_done(run);
}

static void zr__start(zr__run *run) {
  zr__runner *r = run->runner;
  zr__test *t = run->test;
  run->running = true;
  run->started_ms = uv_now(&r->loop);
  r->running++;
  if (t->setup_error) { /* nothing to spawn; judged at once */
    r->running--;
    run->running = false;
    zr__judge(run);
    r->done++;
    r->failed++;
    return;
  }

  /* argv: SELF --test262-child [--include=…]… [--module] [--strict] [flags] FILE [args] */
  size_t cap = 6 + t->n_includes + t->meta.zigar_flags.len + t->meta.args.len;
  char **argv = zr__tr_alloc(NULL, cap * sizeof *argv);
  char **owned = zr__tr_alloc(NULL, (t->n_includes + 1) * sizeof *owned);
  size_t n = 0;
  argv[n++] = (char *)r->self_exe;
  argv[n++] = "--test262-child";
  for (size_t k = 0; k < t->n_includes; k++)
    argv[n++] = owned[k] = zr__tr_printf("--include=%s", t->includes[k]);
  if (run->mode == ZR__MODE_MODULE) argv[n++] = "--module";
  if (run->mode == ZR__MODE_STRICT) argv[n++] = "--strict";
  for (size_t k = 0; k < t->meta.zigar_flags.len; k++) argv[n++] = t->meta.zigar_flags.items[k];
  argv[n++] = t->abs;
  for (size_t k = 0; k < t->meta.args.len; k++) argv[n++] = t->meta.args.items[k];
  argv[n] = NULL;

  run->proc.data = run->out_pipe.data = run->err_pipe.data = run->timer.data = run;
  uv_pipe_init(&r->loop, &run->out_pipe, 0);
  uv_pipe_init(&r->loop, &run->err_pipe, 0);
  uv_timer_init(&r->loop, &run->timer);
  run->open_handles = 4;

  uv_stdio_container_t stdio[3];
  stdio[0].flags = UV_IGNORE; /* a test reading stdin gets EOF, never the terminal */
  stdio[1].flags = UV_CREATE_PIPE | UV_WRITABLE_PIPE;
  stdio[1].data.stream = (uv_stream_t *)&run->out_pipe;
  stdio[2].flags = UV_CREATE_PIPE | UV_WRITABLE_PIPE;
  stdio[2].data.stream = (uv_stream_t *)&run->err_pipe;
  uv_process_options_t opts;
  memset(&opts, 0, sizeof opts);
  opts.file = r->self_exe;
  opts.args = argv;
  opts.exit_cb = zr__exit_cb;
  opts.stdio = stdio;
  opts.stdio_count = 3;
  opts.flags = UV_PROCESS_DETACHED;
  int err = uv_spawn(&r->loop, &run->proc, &opts);
  if (err != 0) {
    run->failed = true;
    run->reason = zr__tr_printf("cannot start %s: %s", r->self_exe, uv_strerror(err));
    run->exited = true;
    zr__close((uv_handle_t *)&run->proc);
    zr__close((uv_handle_t *)&run->out_pipe);
    zr__close((uv_handle_t *)&run->err_pipe);
    zr__close((uv_handle_t *)&run->timer);
    goto done;
  }
  run->spawned = true;
  double s = t->meta.timeout > 0 ? t->meta.timeout : r->timeout_s;
  uv_timer_start(&run->timer, zr__timeout_cb, (uint64_t)(s * 1000.0), 0);
  uv_read_start((uv_stream_t *)&run->out_pipe, zr__alloc_cb, zr__read_cb);
  uv_read_start((uv_stream_t *)&run->err_pipe, zr__alloc_cb, zr__read_cb);
done:
  for (size_t k = 0; k < t->n_includes; k++) free(owned[k]);
  free(owned);
  free(argv);
}

static void zr__start_next(zr__runner *r) {
  while (r->running < r->jobs && r->next < r->n_runs) zr__start(r->runs[r->next++]);
}

/* Ctrl-C: the children live in their own sessions and would not get the
 * terminal's SIGINT, so kill them before leaving. */
static zr__runner *zr__active_runner;

static void zr__signal_cb(uv_signal_t *h, int signum) {
  zr__runner *r = zr__active_runner;
  (void)h;
  for (size_t k = 0; k < r->n_runs; k++)
    if (r->runs[k]->running && r->runs[k]->spawned && !r->runs[k]->exited)
      zr__kill_group(r->runs[k]);
  zr__progress(r, true);
  fprintf(stderr, "zigar-run test: interrupted\n");
  _exit(128 + signum);
}

/* ---- main ------------------------------------------------------------- */

static void zr__usage(FILE *f) {
  fputs("usage: zigar-run test [-j N] [--timeout S] [-v] [--list] [paths…]\n"
        "  Runs the test262-style tests in the given files and folders (default: tests).\n"
        "  -j N          run N tests at a time (default: number of cores)\n"
        "  --timeout S   default per-test timeout in seconds (default 10)\n"
        "  -v            list passing tests too\n"
        "  --list        print the runs (path [mode]) without running them\n",
        f);
}

int zr_test_runner_main(const char *self_exe, int argc, char **argv) {
  zr__runner r;
  memset(&r, 0, sizeof r);
  r.self_exe = self_exe;
  r.timeout_s = ZR__DEFAULT_TIMEOUT_S;
  r.jobs = uv_available_parallelism();
  int status = 2;
  const char **paths = zr__tr_alloc(NULL, ((size_t)argc + 1) * sizeof *paths);
  size_t n_paths = 0;
  bool loop_ready = false;

  bool options_done = false;
  for (int k = 0; k < argc; k++) {
    const char *a = argv[k];
    const char *val = NULL;
    if (options_done || a[0] != '-' || a[1] == '\0') {
      paths[n_paths++] = a;
    } else if (strcmp(a, "--") == 0) {
      options_done = true;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
      r.verbose = true;
    } else if (strcmp(a, "--list") == 0) {
      r.list_only = true;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      zr__usage(stdout);
      status = 0;
      goto fail;
    } else if (strncmp(a, "-j", 2) == 0) {
      val = a[2] ? a + 2 : (k + 1 < argc ? argv[++k] : NULL);
      char *end = NULL;
      long j = val ? strtol(val, &end, 10) : 0;
      if (val == NULL || *end != '\0' || j < 1 || j > 1024) {
        fprintf(stderr, "zigar-run test: -j needs a number from 1 to 1024\n");
        goto fail;
      }
      r.jobs = (unsigned)j;
    } else if (strcmp(a, "--timeout") == 0 || strncmp(a, "--timeout=", 10) == 0) {
      val = a[9] == '=' ? a + 10 : (k + 1 < argc ? argv[++k] : NULL);
      char *end = NULL;
      double s = val ? strtod(val, &end) : 0;
      if (val == NULL || *end != '\0' || !(s > 0 && s <= 86400)) {
        fprintf(stderr, "zigar-run test: --timeout needs seconds greater than 0\n");
        goto fail;
      }
      r.timeout_s = s;
    } else {
      fprintf(stderr, "zigar-run test: unknown option %s\n", a);
      zr__usage(stderr);
      goto fail;
    }
  }
  if (n_paths == 0) paths[n_paths++] = "tests";
  if (r.jobs < 1) r.jobs = 1;

  bool readable = true;
  for (size_t k = 0; k < n_paths; k++) readable = zr__walk(&r, paths[k], true) && readable;
  if (!readable) goto fail;
  zr__plan_runs(&r);
  qsort(r.runs, r.n_runs, sizeof *r.runs, zr__run_cmp);
  if (r.n_runs == 0) fprintf(stderr, "zigar-run test: no tests found\n");
  if (r.list_only) {
    for (size_t k = 0; k < r.n_runs; k++) {
      zr__run *run = r.runs[k];
      if (run->mode == ZR__MODE_NONE) printf("%s\n", run->test->path);
      else printf("%s [%s]\n", run->test->path, zr__mode_names[run->mode]);
    }
    status = 0;
    goto fail;
  }

  if (uv_loop_init(&r.loop) != 0) {
    fprintf(stderr, "zigar-run test: cannot create an event loop\n");
    goto fail;
  }
  loop_ready = true;
  zr__active_runner = &r;
  uv_signal_init(&r.loop, &r.sigint);
  uv_signal_init(&r.loop, &r.sigterm);
  uv_signal_start(&r.sigint, zr__signal_cb, SIGINT);
  uv_signal_start(&r.sigterm, zr__signal_cb, SIGTERM);
  uv_unref((uv_handle_t *)&r.sigint); /* they must not keep the loop alive */
  uv_unref((uv_handle_t *)&r.sigterm);
  r.progress = isatty(STDERR_FILENO) && r.n_runs > 0;

  zr__start_next(&r);
  uv_run(&r.loop, UV_RUN_DEFAULT);
  zr__progress(&r, true);

  size_t passed = 0, failed = 0;
  for (size_t k = 0; k < r.n_runs; k++) {
    zr__run *run = r.runs[k];
    const char *mode = zr__mode_names[run->mode];
    if (run->failed) {
      failed++;
      if (run->mode == ZR__MODE_NONE) printf("FAIL %s: %s\n", run->test->path, run->reason);
      else printf("FAIL %s [%s]: %s\n", run->test->path, mode, run->reason);
      if (run->detail) fputs(run->detail, stdout);
    } else {
      passed++;
      if (r.verbose)
        printf("PASS %s [%s] (%llu ms)\n", run->test->path, mode,
               (unsigned long long)run->elapsed_ms);
    }
  }
  printf("%zu passed, %zu failed\n", passed, failed);
  fflush(stdout);
  status = failed ? 1 : 0;

fail:
  if (loop_ready) {
    uv_close((uv_handle_t *)&r.sigint, NULL);
    uv_close((uv_handle_t *)&r.sigterm, NULL);
    uv_run(&r.loop, UV_RUN_DEFAULT);
    uv_loop_close(&r.loop);
    zr__active_runner = NULL;
  }
  for (size_t k = 0; k < r.n_runs; k++) {
    free(r.runs[k]->reason);
    free(r.runs[k]->detail);
    free(r.runs[k]);
  }
  free(r.runs);
  for (size_t k = 0; k < r.n_tests; k++) zr__test_free(r.tests[k]);
  free(r.tests);
  free(paths);
  return status;
}
