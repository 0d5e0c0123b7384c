/*
 * front_matter_test.c — unit test of runtime/front_matter.c, with its own tiny
 * main: each case parses a source text and checks the resulting fields or
 * the error message. Prints one line per failed check and a summary; exits
 * non-zero on any failure.
 */
#include <stdio.h>
#include <string.h>

#include "front_matter.h"

static int checks, failures;

#define EXPECT(cond)                                                        \
  do {                                                                      \
    checks++;                                                               \
    if (!(cond)) {                                                          \
      failures++;                                                           \
      fprintf(stderr, "%s:%d: EXPECT(%s) failed\n", __FILE__, __LINE__, #cond); \
    }                                                                       \
  } while (0)

#define EXPECT_STR(actual, expected)                                        \
  do {                                                                      \
    const char *a_ = (actual), *e_ = (expected);                            \
    checks++;                                                               \
    if (a_ == NULL || strcmp(a_, e_) != 0) {                                \
      failures++;                                                           \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,   \
              __LINE__, #actual, a_ ? a_ : "(null)", e_);                   \
    }                                                                       \
  } while (0)

static int parse(const char *src, zr_test_meta *m, char *err, size_t err_size) {
  return zr_test_front_matter_parse(src, strlen(src), m, err, err_size);
}

/* Parses a source that must fail, and checks the message contains `what`. */
static void expect_error(int line, const char *src, const char *what) {
  zr_test_meta m;
  char err[256];
  int r = parse(src, &m, err, sizeof err);
  checks++;
  if (r != ZR_TEST_FM_ERROR || strstr(err, what) == NULL) {
    failures++;
    fprintf(stderr, "%s:%d: expected an error containing \"%s\", got %d \"%s\"\n", __FILE__,
            line, what, r, err);
  }
  zr_test_meta_free(&m);
}

static void test_none(void) {
  zr_test_meta m;
  char err[256];
  EXPECT(parse("var x = 1; /* not -- front matter */\n", &m, err, sizeof err) == ZR_TEST_FM_NONE);
  zr_test_meta_free(&m);
}

static void test_basic(void) {
  zr_test_meta m;
  char err[256];
  const char *src =
      "// Copyright header\n"
      "/*---\n"
      "description: A plain description: with a colon\n"
      "includes: [compareArray.js, \"propertyHelper.js\"]\n"
      "flags: [onlyStrict, CanBlockIsFalse]\n"
      "features: [Symbol]\n"
      "expected_exit: 3\n"
      "timeout: 2.5\n"
      "args: [a, 'b c']\n"
      "zigar_flags: [--expose-gc]\n"
      "---*/\n"
      "code();\n";
  EXPECT(parse(src, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.description, "A plain description: with a colon");
  EXPECT(m.includes.len == 2);
  EXPECT_STR(m.includes.items[1], "propertyHelper.js");
  EXPECT(m.flags == ZR_TEST_FLAG_ONLY_STRICT);
  EXPECT(m.expected_exit == 3);
  EXPECT(m.timeout == 2.5);
  EXPECT(m.args.len == 2);
  EXPECT_STR(m.args.items[1], "b c");
  EXPECT_STR(m.zigar_flags.items[0], "--expose-gc");
  EXPECT(m.negative_phase == NULL && m.expected_stdout == NULL);
  zr_test_meta_free(&m);
}

static void test_literal_blocks(void) {
  zr_test_meta m;
  char err[256];
  const char *clip =
      "/*---\n"
      "expected_stdout: |\n"
      "  first\n"
      "\n"
      "    indented  \n"
      "  trailing   \n"
      "\n"
      "description: after\n"
      "---*/\n";
  EXPECT(parse(clip, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "first\n\n  indented  \ntrailing   \n");
  EXPECT(m.expected_stdout_len == strlen("first\n\n  indented  \ntrailing   \n"));
  EXPECT_STR(m.description, "after");
  zr_test_meta_free(&m);

  const char *strip = "/*---\nexpected_stdout: |-\n  a\n  b\n\n---*/\n";
  EXPECT(parse(strip, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "a\nb");
  zr_test_meta_free(&m);

  const char *keep = "/*---\nexpected_stdout: |+\n  a\n\n\n---*/\n";
  EXPECT(parse(keep, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "a\n\n\n");
  zr_test_meta_free(&m);

  /* An explicit indentation keeps leading spaces of the first line. */
  const char *explicit_indent = "/*---\nexpected_stdout: |2\n    lead\n  x\n---*/\n";
  EXPECT(parse(explicit_indent, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "  lead\nx\n");
  zr_test_meta_free(&m);

  /* CRLF files: the CR is not content. */
  const char *crlf = "/*---\r\nexpected_stdout: |\r\n  a\r\n  b\r\n---*/\r\n";
  EXPECT(parse(crlf, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "a\nb\n");
  zr_test_meta_free(&m);

  const char *empty = "/*---\nexpected_stdout: |\ndescription: x\n---*/\n";
  EXPECT(parse(empty, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.expected_stdout, "");
  zr_test_meta_free(&m);
}

static void test_folded_and_plain(void) {
  zr_test_meta m;
  char err[256];
  const char *folded =
      "/*---\n"
      "description: >\n"
      "  one\n"
      "  two\n"
      "\n"
      "  three\n"
      "info: |\n"
      "  - not a list\n"
      "  key: not a key\n"
      "---*/\n";
  EXPECT(parse(folded, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.description, "one two\nthree\n");
  zr_test_meta_free(&m);

  const char *plain =
      "/*---\n"
      "description: a long description\n"
      "    that continues   # with a comment\n"
      "esid: x\n"
      "---*/\n";
  EXPECT(parse(plain, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.description, "a long description that continues");
  zr_test_meta_free(&m);

  const char *quoted = "/*---\ndescription: \"tab\\there \\u00e9 \\\"q\\\"\"\n---*/\n";
  EXPECT(parse(quoted, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.description, "tab\there \xc3\xa9 \"q\"");
  zr_test_meta_free(&m);

  const char *single = "/*---\ndescription: 'it''s'\n---*/\n";
  EXPECT(parse(single, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.description, "it's");
  zr_test_meta_free(&m);
}

static void test_lists_and_maps(void) {
  zr_test_meta m;
  char err[256];
  const char *src =
      "/*---\n"
      "includes:\n"
      "  - a.js\n"
      "  - 'b.js'\n"
      "flags:\n"
      "- module\n"
      "- async\n"
      "negative:\n"
      "  phase: resolution\n"
      "  type: SyntaxError\n"
      "features: [a,\n"
      "  b, c]\n"
      "---*/\n";
  EXPECT(parse(src, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT(m.includes.len == 2);
  EXPECT_STR(m.includes.items[0], "a.js");
  EXPECT_STR(m.includes.items[1], "b.js");
  EXPECT(m.flags == (ZR_TEST_FLAG_MODULE | ZR_TEST_FLAG_ASYNC));
  EXPECT_STR(m.negative_phase, "resolution");
  EXPECT_STR(m.negative_type, "SyntaxError");
  zr_test_meta_free(&m);

  const char *flow = "/*---\nnegative: {phase: parse, type: SyntaxError}\nincludes: []\n---*/\n";
  EXPECT(parse(flow, &m, err, sizeof err) == ZR_TEST_FM_OK);
  EXPECT_STR(m.negative_phase, "parse");
  EXPECT_STR(m.negative_type, "SyntaxError");
  EXPECT(m.includes.len == 0);
  zr_test_meta_free(&m);
}

static void test_errors(void) {
  expect_error(__LINE__, "/*---\ndescription: x\n", "not closed");
  expect_error(__LINE__, "// one\n// two\n/*---\nflags: [a\n---*/\n", "line 4: unterminated flow list");
  expect_error(__LINE__, "/*---\nflags: [nope]\n---*/\n", "unknown flag 'nope'");
  expect_error(__LINE__, "/*---\nflags: [onlyStrict, noStrict]\n---*/\n", "exclude each other");
  expect_error(__LINE__, "/*---\nnegative:\n  phase: later\n  type: X\n---*/\n", "phase must be");
  expect_error(__LINE__, "/*---\nnegative:\n  phase: parse\n---*/\n", "needs both");
  expect_error(__LINE__, "/*---\nnegative: SyntaxError\n---*/\n", "expected a map");
  expect_error(__LINE__, "/*---\ndescription: a\ndescription: b\n---*/\n", "line 3: duplicate key");
  expect_error(__LINE__, "/*---\n\tdescription: a\n---*/\n", "tab in indentation");
  expect_error(__LINE__, "/*---\nexpected_exit: three\n---*/\n", "expected_exit");
  expect_error(__LINE__, "/*---\ntimeout: 0\n---*/\n", "timeout");
  expect_error(__LINE__, "/*---\njust some words\n---*/\n", "expected 'key: value'");
  expect_error(__LINE__, "/*---\ndescription: \"open\n---*/\n", "unterminated double-quoted");
  expect_error(__LINE__, "/*---\nincludes: {a: b}\n---*/\n", "includes: expected a list");
  expect_error(__LINE__, "/*---\ndescription: a\n  - b\nflags: x\n  y: z\n---*/\n", "");
  expect_error(__LINE__, "/*---\nnegative:\n  phase:\n    deeper: x\n---*/\n", "one level");
  expect_error(__LINE__, "/*---\nexpected_stdout: |x\n  a\n---*/\n", "block scalar indicator");
}

int main(void) {
  test_none();
  test_basic();
  test_literal_blocks();
  test_folded_and_plain();
  test_lists_and_maps();
  test_errors();
  printf("front_matter_test: %d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}
