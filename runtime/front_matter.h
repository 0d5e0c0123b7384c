/* front_matter.h — the test262 front matter of a test file, parsed.
 *
 * A test file carries one comment block that opens with slash-star-dashes
 * and closes with dashes-star-slash (docs/testing.md), written in a YAML subset:
 * `key: value` pairs whose values are plain or quoted scalars, flow lists
 * `[a, b]`, block lists (`- a`), flow maps `{a: b}`, maps nested one level
 * (`negative:` with `phase:`/`type:`), literal blocks `|`, `|-`, `|+` and
 * folded blocks `>`, `>-`, `>+` (an optional indentation digit is allowed).
 *
 * zr_test_front_matter_parse() finds the block, parses it and interprets the
 * keys the runner knows (docs/testing.md); unknown keys (esid, info,
 * features, …) are parsed and ignored. All strings in zr_test_meta are
 * NUL-terminated heap copies owned by the struct. */
#ifndef ZR_FRONT_MATTER_H
#define ZR_FRONT_MATTER_H

#include <stdbool.h>
#include <stddef.h>

enum {
  ZR_TEST_FLAG_MODULE = 1u << 0,
  ZR_TEST_FLAG_ASYNC = 1u << 1,
  ZR_TEST_FLAG_RAW = 1u << 2,
  ZR_TEST_FLAG_ONLY_STRICT = 1u << 3,
  ZR_TEST_FLAG_NO_STRICT = 1u << 4,
};

typedef struct zr_test_strings {
  char **items;
  size_t len;
} zr_test_strings;

typedef struct zr_test_meta {
  char *description;               /* NULL when absent */
  zr_test_strings includes;
  unsigned flags;                  /* ZR_TEST_FLAG_… */
  char *negative_phase;            /* "parse", "resolution", "runtime" or NULL */
  char *negative_type;             /* e.g. "SyntaxError"; set iff negative_phase */
  char *expected_stdout;           /* NULL when absent */
  size_t expected_stdout_len;
  char *expected_stderr_contains;  /* NULL when absent */
  int expected_exit;               /* -1 when absent */
  int expected_signal;             /* the signal the process must die of; 0 when absent */
  zr_test_strings args;
  zr_test_strings zigar_flags;
  zr_test_strings zig;             /* fixtures; the runner does not read them */
  double timeout;                  /* seconds, 0 when absent */
} zr_test_meta;

/* Results of zr_test_front_matter_parse(). */
enum {
  ZR_TEST_FM_OK = 1,        /* a block was found and is valid */
  ZR_TEST_FM_NONE = 0,      /* no front-matter block: the file is not a test */
  ZR_TEST_FM_ERROR = -1,    /* malformed: `err` holds "line N: what" */
};

/* Parses the front matter of `src` (`len` bytes, need not be NUL-terminated)
 * into `*meta`, which is always initialised and must be freed with
 * zr_test_meta_free() whatever the result. On error writes a one-line
 * message, prefixed with the 1-based line number in the file, to `err`. */
int zr_test_front_matter_parse(const char *src, size_t len, zr_test_meta *meta,
                               char *err, size_t err_size);

void zr_test_meta_free(zr_test_meta *meta);

#endif
