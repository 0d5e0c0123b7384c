/*
 * front_matter.c — parses a test's front matter (contract in front_matter.h).
 *
 * Design: two passes. The block is cut into lines (keeping their file line
 * numbers for messages), a small recursive-descent parser turns them into a
 * generic tree of scalars, lists and maps, and a second step reads the keys
 * the runner knows out of that tree and checks their shapes. Keeping the
 * YAML subset generic means test262 files with keys we do not use (info,
 * features, esid, multi-line plain descriptions…) parse without special
 * cases, and every shape error names the key and line.
 *
 * The subset is YAML's block style as test262 writes it: indentation is by
 * spaces, a map nests at most one level under a top-level key, block scalars
 * follow YAML's indentation and chomping rules exactly because
 * expected_stdout must keep blank lines and trailing spaces byte for byte.
 * Allocation failure aborts: there is nothing sensible to report instead.
 */
#include "front_matter.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ---------------------------------------------------- */

static void *zr__fm_alloc(void *old, size_t n) {
  void *p = realloc(old, n ? n : 1);
  if (p == NULL) {
    fprintf(stderr, "zigar-run: out of memory\n");
    abort();
  }
  return p;
}

static char *zr__fm_strndup(const char *s, size_t n) {
  char *p = zr__fm_alloc(NULL, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

typedef struct zr__fm_buf {
  char *p;
  size_t len, cap;
} zr__fm_buf;

static void zr__fm_buf_add(zr__fm_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->p = zr__fm_alloc(b->p, b->cap);
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

static void zr__fm_buf_addc(zr__fm_buf *b, char c) { zr__fm_buf_add(b, &c, 1); }

/* ---- the generic tree ------------------------------------------------- */

typedef enum { ZR__FM_SCALAR, ZR__FM_LIST, ZR__FM_MAP } zr__fm_kind;

typedef struct zr__fm_node {
  zr__fm_kind kind;
  int line;                   /* file line where the value starts */
  char *str;                  /* SCALAR: value (NUL-terminated, may hold NULs) */
  size_t str_len;
  struct zr__fm_node **items; /* LIST items or MAP values */
  char **keys;                /* MAP keys, parallel to items */
  size_t len;
} zr__fm_node;

static zr__fm_node *zr__fm_node_new(zr__fm_kind kind, int line) {
  zr__fm_node *n = zr__fm_alloc(NULL, sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->line = line;
  return n;
}

static zr__fm_node *zr__fm_scalar(int line, char *str, size_t len) {
  zr__fm_node *n = zr__fm_node_new(ZR__FM_SCALAR, line);
  n->str = str;
  n->str_len = len;
  return n;
}

static void zr__fm_node_free(zr__fm_node *n) {
  if (n == NULL) return;
  for (size_t i = 0; i < n->len; i++) {
    zr__fm_node_free(n->items[i]);
    if (n->keys) free(n->keys[i]);
  }
  free(n->items);
  free(n->keys);
  free(n->str);
  free(n);
}

static void zr__fm_push(zr__fm_node *parent, char *key, zr__fm_node *child) {
  parent->items = zr__fm_alloc(parent->items, (parent->len + 1) * sizeof *parent->items);
  if (parent->kind == ZR__FM_MAP) {
    parent->keys = zr__fm_alloc(parent->keys, (parent->len + 1) * sizeof *parent->keys);
    parent->keys[parent->len] = key;
  }
  parent->items[parent->len++] = child;
}

/* ---- the parser ------------------------------------------------------- */

typedef struct zr__fm_line {
  const char *p;
  size_t len;
  int no; /* 1-based line number in the file */
} zr__fm_line;

typedef struct zr__fm_parser {
  zr__fm_line *lines;
  size_t n, i;
  char *err;
  size_t err_size;
  bool failed;
} zr__fm_parser;

static bool zr__fm_fail(zr__fm_parser *ps, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool zr__fm_fail(zr__fm_parser *ps, int line, const char *fmt, ...) {
  if (ps->failed) return false; /* the first error is the one that explains */
  ps->failed = true;
  int n = snprintf(ps->err, ps->err_size, "line %d: ", line);
  if (n < 0 || (size_t)n >= ps->err_size) return false;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ps->err + n, ps->err_size - (size_t)n, fmt, ap);
  va_end(ap);
  return false;
}

static bool zr__fm_is_blank(const zr__fm_line *l) {
  for (size_t k = 0; k < l->len; k++)
    if (l->p[k] != ' ' && l->p[k] != '\t') return false;
  return true;
}

static size_t zr__fm_indent(const zr__fm_line *l) {
  size_t k = 0;
  while (k < l->len && l->p[k] == ' ') k++;
  return k;
}

/* A line that only separates entries: blank, or a `#` comment. */
static bool zr__fm_is_filler(const zr__fm_line *l) {
  if (zr__fm_is_blank(l)) return true;
  size_t k = zr__fm_indent(l);
  return l->p[k] == '#';
}

/* YAML forbids tabs in indentation; saying so beats a confusing later error. */
static bool zr__fm_check_tabs(zr__fm_parser *ps, const zr__fm_line *l) {
  size_t k = zr__fm_indent(l);
  if (k < l->len && l->p[k] == '\t')
    return zr__fm_fail(ps, l->no, "tab in indentation (use spaces)");
  return true;
}

/* Index of the next non-filler line at or after ps->i, or ps->n. */
static size_t zr__fm_peek(zr__fm_parser *ps) {
  size_t j = ps->i;
  while (j < ps->n && zr__fm_is_filler(&ps->lines[j])) j++;
  return j;
}

static void zr__fm_trim(const char **s, size_t *n) {
  while (*n > 0 && (**s == ' ' || **s == '\t')) (*s)++, (*n)--;
  while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
}

/* Cuts a ` #comment` off a plain value (YAML needs the space before `#`). */
static void zr__fm_strip_comment(const char *s, size_t *n) {
  for (size_t k = 0; k < *n; k++) {
    if (s[k] == '#' && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\t')) {
      *n = k;
      break;
    }
  }
}

static bool zr__fm_rest_is_empty(const char *s, size_t n) {
  zr__fm_trim(&s, &n);
  return n == 0 || s[0] == '#';
}

static void zr__fm_put_utf8(zr__fm_buf *b, uint32_t cp) {
  char u[4];
  if (cp < 0x80) {
    zr__fm_buf_addc(b, (char)cp);
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    zr__fm_buf_add(b, u, 2);
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    zr__fm_buf_add(b, u, 3);
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    zr__fm_buf_add(b, u, 4);
  }
}

/* Parses a quoted scalar starting at s[*k] (the quote); advances *k past the
 * closing quote. */
static zr__fm_node *zr__fm_quoted(zr__fm_parser *ps, int line, const char *s, size_t n,
                                  size_t *k) {
  char q = s[*k];
  zr__fm_buf b = {0};
  zr__fm_buf_add(&b, "", 0);
  size_t j = *k + 1;
  for (;;) {
    if (j >= n) {
      zr__fm_fail(ps, line, "unterminated %s-quoted string", q == '"' ? "double" : "single");
      goto fail;
    }
    char c = s[j];
    if (c == q) {
      if (q == '\'' && j + 1 < n && s[j + 1] == '\'') { /* '' is a quote */
        zr__fm_buf_addc(&b, '\'');
        j += 2;
        continue;
      }
      j++;
      break;
    }
    if (q == '"' && c == '\\') {
      if (j + 1 >= n) {
        zr__fm_fail(ps, line, "unterminated double-quoted string");
        goto fail;
      }
      char e = s[j + 1];
      j += 2;
      switch (e) {
        case 'n': zr__fm_buf_addc(&b, '\n'); break;
        case 't': zr__fm_buf_addc(&b, '\t'); break;
        case 'r': zr__fm_buf_addc(&b, '\r'); break;
        case '0': zr__fm_buf_addc(&b, '\0'); break;
        case 'e': zr__fm_buf_addc(&b, '\x1b'); break;
        case '\\': case '"': case '/': case ' ': zr__fm_buf_addc(&b, e); break;
        case 'x': case 'u': case 'U': {
          size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          for (size_t d = 0; d < digits; d++, j++) {
            char h = j < n ? s[j] : '\0';
            int v = h >= '0' && h <= '9' ? h - '0'
                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                  : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (v < 0) {
              zr__fm_fail(ps, line, "bad \\%c escape in double-quoted string", e);
              goto fail;
            }
            cp = cp * 16 + (uint32_t)v;
          }
          if (cp > 0x10FFFF) {
            zr__fm_fail(ps, line, "escape beyond U+10FFFF");
            goto fail;
          }
          zr__fm_put_utf8(&b, cp);
          break;
        }
        default:
          zr__fm_fail(ps, line, "unknown escape \\%c in double-quoted string", e);
          goto fail;
      }
      continue;
    }
    zr__fm_buf_addc(&b, c);
    j++;
  }
  *k = j;
  return zr__fm_scalar(line, b.p, b.len);
fail:
  free(b.p);
  return NULL;
}

/* Flow collections: `[a, "b", [c]]` and `{phase: parse, type: SyntaxError}`. */
static zr__fm_node *zr__fm_flow_value(zr__fm_parser *ps, int line, const char *s, size_t n,
                                      size_t *k, bool is_key);

static void zr__fm_skip_ws(const char *s, size_t n, size_t *k) {
  while (*k < n && (s[*k] == ' ' || s[*k] == '\t')) (*k)++;
}

static zr__fm_node *zr__fm_flow_collection(zr__fm_parser *ps, int line, const char *s,
                                           size_t n, size_t *k) {
  char open = s[*k], close = open == '[' ? ']' : '}';
  zr__fm_node *node = zr__fm_node_new(open == '[' ? ZR__FM_LIST : ZR__FM_MAP, line);
  char *key = NULL;
  (*k)++;
  for (;;) {
    zr__fm_skip_ws(s, n, k);
    if (*k >= n) {
      zr__fm_fail(ps, line, "unterminated flow %s (missing '%c')",
                  open == '[' ? "list" : "map", close);
      goto fail;
    }
    if (s[*k] == close) {
      (*k)++;
      return node;
    }
    if (open == '{') {
      zr__fm_node *kn = zr__fm_flow_value(ps, line, s, n, k, true);
      if (kn == NULL) goto fail;
      if (kn->kind != ZR__FM_SCALAR) {
        zr__fm_node_free(kn);
        zr__fm_fail(ps, line, "flow map keys must be scalars");
        goto fail;
      }
      key = kn->str;
      kn->str = NULL;
      zr__fm_node_free(kn);
      zr__fm_skip_ws(s, n, k);
      if (*k >= n || s[*k] != ':') {
        zr__fm_fail(ps, line, "expected ':' after key '%s' in flow map", key);
        goto fail;
      }
      (*k)++;
      zr__fm_skip_ws(s, n, k);
    }
    zr__fm_node *item;
    if (*k < n && (s[*k] == ',' || s[*k] == close) && open == '{') {
      item = zr__fm_scalar(line, zr__fm_strndup("", 0), 0); /* `{a: }` */
    } else {
      item = zr__fm_flow_value(ps, line, s, n, k, false);
      if (item == NULL) goto fail;
    }
    zr__fm_push(node, key, item);
    key = NULL;
    zr__fm_skip_ws(s, n, k);
    if (*k < n && s[*k] == ',') {
      (*k)++;
    } else if (*k < n && s[*k] != close) {
      zr__fm_fail(ps, line, "expected ',' or '%c' in flow %s, found '%c'", close,
                  open == '[' ? "list" : "map", s[*k]);
      goto fail;
    }
  }
fail:
  free(key);
  zr__fm_node_free(node);
  return NULL;
}

static zr__fm_node *zr__fm_flow_value(zr__fm_parser *ps, int line, const char *s, size_t n,
                                      size_t *k, bool is_key) {
  zr__fm_skip_ws(s, n, k);
  if (*k < n && (s[*k] == '[' || s[*k] == '{')) return zr__fm_flow_collection(ps, line, s, n, k);
  if (*k < n && (s[*k] == '"' || s[*k] == '\'')) return zr__fm_quoted(ps, line, s, n, k);
  size_t start = *k;
  while (*k < n && s[*k] != ',' && s[*k] != ']' && s[*k] != '}' && s[*k] != '[' &&
         s[*k] != '{' && !(is_key && s[*k] == ':'))
    (*k)++;
  const char *v = s + start;
  size_t vn = *k - start;
  zr__fm_trim(&v, &vn);
  if (vn == 0 && !is_key) {
    zr__fm_fail(ps, line, "empty item in flow collection");
    return NULL;
  }
  return zr__fm_scalar(line, zr__fm_strndup(v, vn), vn);
}

/* A flow collection may continue on following lines until its brackets
 * balance; the lines are joined with spaces (YAML folds them so). */
static zr__fm_node *zr__fm_flow(zr__fm_parser *ps, int line, const char *text, size_t tn) {
  zr__fm_buf b = {0};
  zr__fm_node *node = NULL;
  zr__fm_buf_add(&b, text, tn);
  for (;;) {
    int depth = 0;
    char quote = 0;
    for (size_t k = 0; k < b.len; k++) {
      char c = b.p[k];
      if (quote) {
        if (c == '\\' && quote == '"') k++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == '#' && k > 0 && (b.p[k - 1] == ' ') && depth <= 0) {
        break;
      }
    }
    if (depth <= 0 || ps->i >= ps->n) break;
    zr__fm_line *l = &ps->lines[ps->i++];
    const char *s = l->p;
    size_t sn = l->len;
    zr__fm_trim(&s, &sn);
    zr__fm_buf_addc(&b, ' ');
    zr__fm_buf_add(&b, s, sn);
  }
  size_t k = 0;
  node = zr__fm_flow_collection(ps, line, b.p, b.len, &k);
  if (node != NULL && !zr__fm_rest_is_empty(b.p + k, b.len - k)) {
    zr__fm_fail(ps, line, "unexpected text after flow collection: '%.*s'", (int)(b.len - k),
                b.p + k);
    zr__fm_node_free(node);
    node = NULL;
  }
  free(b.p);
  return node;
}

/* Block scalars. `parent` is the indentation of the key (or list dash) that
 * owns the scalar: content must be indented deeper. */
static zr__fm_node *zr__fm_block_scalar(zr__fm_parser *ps, int line, size_t parent,
                                        const char *hdr, size_t hn) {
  bool literal = hdr[0] == '|';
  char chomp = 'c'; /* clip, 's'trip, 'k'eep */
  size_t explicit_indent = 0;
  size_t k = 1;
  for (; k < hn && k < 3; k++) {
    if (hdr[k] == '-' && chomp == 'c') chomp = 's';
    else if (hdr[k] == '+' && chomp == 'c') chomp = 'k';
    else if (hdr[k] >= '1' && hdr[k] <= '9' && explicit_indent == 0)
      explicit_indent = (size_t)(hdr[k] - '0');
    else break;
  }
  if (!zr__fm_rest_is_empty(hdr + k, hn - k)) {
    zr__fm_fail(ps, line, "unexpected text after block scalar indicator: '%.*s'", (int)hn,
                hdr);
    return NULL;
  }

  /* The content indentation is explicit, or that of the first non-blank
   * line; a first line not deeper than the parent means an empty scalar. */
  size_t indent = explicit_indent ? parent + explicit_indent : 0;
  if (indent == 0) {
    size_t j = ps->i;
    while (j < ps->n && zr__fm_is_blank(&ps->lines[j])) j++;
    if (j < ps->n && zr__fm_indent(&ps->lines[j]) > parent)
      indent = zr__fm_indent(&ps->lines[j]);
    else
      indent = parent + 1;
  }

  /* Collect the lines: blank ones always belong, others while deep enough. */
  size_t first = ps->i;
  while (ps->i < ps->n) {
    zr__fm_line *l = &ps->lines[ps->i];
    bool spaces_only = true;
    for (size_t c = 0; c < l->len; c++)
      if (l->p[c] != ' ') spaces_only = false;
    if (!spaces_only && zr__fm_indent(l) < indent) break;
    ps->i++;
  }
  size_t last = ps->i;
  /* Trailing empty lines are governed by chomping, not by content. */
  size_t body_end = last;
  while (body_end > first && ps->lines[body_end - 1].len <= indent &&
         zr__fm_is_blank(&ps->lines[body_end - 1]))
    body_end--;

  zr__fm_buf b = {0};
  zr__fm_buf_add(&b, "", 0);
  bool prev_normal = false, any = false;
  size_t empties = 0;
  for (size_t j = first; j < body_end; j++) {
    zr__fm_line *l = &ps->lines[j];
    const char *s = l->len > indent ? l->p + indent : "";
    size_t sn = l->len > indent ? l->len - indent : 0;
    if (literal) {
      if (j > first) zr__fm_buf_addc(&b, '\n');
      zr__fm_buf_add(&b, s, sn);
      continue;
    }
    /* Folding: a break between two normal lines becomes a space unless
     * empty lines stand between them (each becomes a newline); lines that
     * start with white space ("more indented") keep their breaks. */
    if (sn == 0) {
      empties++;
      continue;
    }
    bool normal = s[0] != ' ' && s[0] != '\t';
    if (any) {
      if (prev_normal && normal && empties == 0) zr__fm_buf_addc(&b, ' ');
      else
        for (size_t e = 0; e < empties + (prev_normal && normal ? 0 : 1); e++)
          zr__fm_buf_addc(&b, '\n');
    } else {
      for (size_t e = 0; e < empties; e++) zr__fm_buf_addc(&b, '\n');
    }
    zr__fm_buf_add(&b, s, sn);
    prev_normal = normal;
    any = true;
    empties = 0;
  }
  bool has_body = body_end > first;
  if (chomp != 's' && has_body) zr__fm_buf_addc(&b, '\n');
  if (chomp == 'k')
    for (size_t j = body_end; j < last; j++) zr__fm_buf_addc(&b, '\n');
  return zr__fm_scalar(line, b.p, b.len);
}

/* A plain scalar may continue on deeper lines; breaks fold into spaces and
 * each blank line in between into a newline. */
static zr__fm_node *zr__fm_plain(zr__fm_parser *ps, int line, size_t parent, const char *s,
                                 size_t n) {
  zr__fm_buf b = {0};
  zr__fm_strip_comment(s, &n);
  zr__fm_trim(&s, &n);
  zr__fm_buf_add(&b, s, n);
  for (;;) {
    size_t j = ps->i, blanks = 0;
    while (j < ps->n && zr__fm_is_blank(&ps->lines[j])) j++, blanks++;
    if (j >= ps->n || zr__fm_indent(&ps->lines[j]) <= parent) break;
    zr__fm_line *l = &ps->lines[j];
    const char *t = l->p;
    size_t tn = l->len;
    zr__fm_strip_comment(t, &tn);
    zr__fm_trim(&t, &tn);
    if (blanks)
      for (size_t e = 0; e < blanks; e++) zr__fm_buf_addc(&b, '\n');
    else
      zr__fm_buf_addc(&b, ' ');
    zr__fm_buf_add(&b, t, tn);
    ps->i = j + 1;
  }
  return zr__fm_scalar(line, b.p, b.len);
}

static zr__fm_node *zr__fm_map(zr__fm_parser *ps, size_t indent, int depth);

/* An inline value (after `key:` or `- `) that is a scalar or a flow. */
static zr__fm_node *zr__fm_inline(zr__fm_parser *ps, int line, size_t parent, const char *s,
                                  size_t n) {
  if (s[0] == '[' || s[0] == '{') return zr__fm_flow(ps, line, s, n);
  if (s[0] == '|' || s[0] == '>') return zr__fm_block_scalar(ps, line, parent, s, n);
  if (s[0] == '"' || s[0] == '\'') {
    size_t k = 0;
    zr__fm_node *node = zr__fm_quoted(ps, line, s, n, &k);
    if (node != NULL && !zr__fm_rest_is_empty(s + k, n - k)) {
      zr__fm_fail(ps, line, "unexpected text after quoted string");
      zr__fm_node_free(node);
      return NULL;
    }
    return node;
  }
  if (s[0] == '&' || s[0] == '*' || s[0] == '!') {
    zr__fm_fail(ps, line, "YAML anchors, aliases and tags are not supported");
    return NULL;
  }
  return zr__fm_plain(ps, line, parent, s, n);
}

static bool zr__fm_is_dash(const zr__fm_line *l) {
  size_t k = zr__fm_indent(l);
  return k < l->len && l->p[k] == '-' && (k + 1 == l->len || l->p[k + 1] == ' ');
}

static zr__fm_node *zr__fm_block_list(zr__fm_parser *ps, size_t indent, int line) {
  zr__fm_node *list = zr__fm_node_new(ZR__FM_LIST, line);
  for (;;) {
    size_t j = zr__fm_peek(ps);
    if (j >= ps->n) break;
    zr__fm_line *l = &ps->lines[j];
    size_t ind = zr__fm_indent(l);
    if (ind < indent || (ind == indent && !zr__fm_is_dash(l))) break;
    if (ind > indent) {
      zr__fm_fail(ps, l->no, "unexpected indentation in list");
      goto fail;
    }
    ps->i = j + 1;
    const char *s = l->p + ind + 1;
    size_t n = l->len - ind - 1;
    zr__fm_trim(&s, &n);
    if (n == 0 || s[0] == '#') {
      zr__fm_fail(ps, l->no, "empty list item");
      goto fail;
    }
    zr__fm_node *item = zr__fm_inline(ps, l->no, ind, s, n);
    if (item == NULL) goto fail;
    zr__fm_push(list, NULL, item);
  }
  return list;
fail:
  zr__fm_node_free(list);
  return NULL;
}

/* The value after `key:` (already trimmed, may be empty). */
static zr__fm_node *zr__fm_value(zr__fm_parser *ps, int line, size_t key_indent, const char *s,
                                 size_t n, int depth) {
  if (!zr__fm_rest_is_empty(s, n)) return zr__fm_inline(ps, line, key_indent, s, n);
  size_t j = zr__fm_peek(ps);
  if (j < ps->n) {
    zr__fm_line *l = &ps->lines[j];
    size_t ind = zr__fm_indent(l);
    /* YAML lets a list under a key sit at the key's own indentation. */
    if (zr__fm_is_dash(l) && ind >= key_indent) return zr__fm_block_list(ps, ind, line);
    if (ind > key_indent) {
      if (depth >= 1) {
        zr__fm_fail(ps, l->no, "maps nest only one level deep");
        return NULL;
      }
      return zr__fm_map(ps, ind, depth + 1);
    }
  }
  return zr__fm_scalar(line, zr__fm_strndup("", 0), 0);
}

static zr__fm_node *zr__fm_map(zr__fm_parser *ps, size_t indent, int depth) {
  zr__fm_node *map = NULL;
  size_t j = zr__fm_peek(ps);
  map = zr__fm_node_new(ZR__FM_MAP, j < ps->n ? ps->lines[j].no : 0);
  for (;;) {
    j = zr__fm_peek(ps);
    if (j >= ps->n) break;
    zr__fm_line *l = &ps->lines[j];
    if (!zr__fm_check_tabs(ps, l)) goto fail;
    size_t ind = zr__fm_indent(l);
    if (ind < indent) {
      if (depth == 0) {
        zr__fm_fail(ps, l->no, "indentation below the first key");
        goto fail;
      }
      break;
    }
    if (ind > indent) {
      zr__fm_fail(ps, l->no, "unexpected indentation");
      goto fail;
    }
    ps->i = j + 1;
    const char *s = l->p + ind;
    size_t n = l->len - ind;
    if (zr__fm_is_dash(l)) {
      zr__fm_fail(ps, l->no, "list item where a 'key:' was expected");
      goto fail;
    }
    size_t colon = 0;
    while (colon < n && !(s[colon] == ':' && (colon + 1 == n || s[colon + 1] == ' ' ||
                                              s[colon + 1] == '\t')))
      colon++;
    if (colon == n || colon == 0) {
      zr__fm_fail(ps, l->no, "expected 'key: value', found '%.*s'", (int)n, s);
      goto fail;
    }
    const char *key = s;
    size_t kn = colon;
    zr__fm_trim(&key, &kn);
    for (size_t k = 0; k < map->len; k++) {
      if (strlen(map->keys[k]) == kn && memcmp(map->keys[k], key, kn) == 0) {
        zr__fm_fail(ps, l->no, "duplicate key '%.*s'", (int)kn, key);
        goto fail;
      }
    }
    const char *v = s + colon + 1;
    size_t vn = n - colon - 1;
    zr__fm_trim(&v, &vn);
    zr__fm_node *value = zr__fm_value(ps, l->no, ind, v, vn, depth);
    if (value == NULL) goto fail;
    zr__fm_push(map, zr__fm_strndup(key, kn), value);
  }
  return map;
fail:
  zr__fm_node_free(map);
  return NULL;
}

/* ---- interpretation --------------------------------------------------- */

static bool zr__fm_to_strings(zr__fm_parser *ps, const char *key, zr__fm_node *v,
                              zr_test_strings *out) {
  if (v->kind == ZR__FM_MAP) return zr__fm_fail(ps, v->line, "%s: expected a list", key);
  if (v->kind == ZR__FM_SCALAR) {
    if (v->str_len == 0) return true; /* `key:` with nothing is an empty list */
    out->items = zr__fm_alloc(NULL, sizeof *out->items);
    out->items[0] = zr__fm_strndup(v->str, v->str_len);
    out->len = 1;
    return true;
  }
  out->items = zr__fm_alloc(NULL, (v->len ? v->len : 1) * sizeof *out->items);
  for (size_t k = 0; k < v->len; k++) {
    zr__fm_node *it = v->items[k];
    if (it->kind != ZR__FM_SCALAR)
      return zr__fm_fail(ps, it->line, "%s: items must be scalars", key);
    out->items[out->len++] = zr__fm_strndup(it->str, it->str_len);
  }
  return true;
}

static bool zr__fm_scalar_of(zr__fm_parser *ps, const char *key, zr__fm_node *v, char **out,
                             size_t *out_len) {
  if (v->kind != ZR__FM_SCALAR) return zr__fm_fail(ps, v->line, "%s: expected a string", key);
  *out = zr__fm_strndup(v->str, v->str_len);
  if (out_len) *out_len = v->str_len;
  return true;
}

static bool zr__fm_flags(zr__fm_parser *ps, zr__fm_node *v, unsigned *flags) {
  static const struct { const char *name; unsigned bit; } known[] = {
      {"module", ZR_TEST_FLAG_MODULE},     {"async", ZR_TEST_FLAG_ASYNC},
      {"raw", ZR_TEST_FLAG_RAW},           {"onlyStrict", ZR_TEST_FLAG_ONLY_STRICT},
      {"noStrict", ZR_TEST_FLAG_NO_STRICT}, /* the rest are accepted and ignored */
      {"CanBlockIsFalse", 0},              {"CanBlockIsTrue", 0},
      {"generated", 0},                    {"non-deterministic", 0},
  };
  zr_test_strings list = {0};
  bool ok = zr__fm_to_strings(ps, "flags", v, &list);
  for (size_t k = 0; ok && k < list.len; k++) {
    size_t m = 0;
    while (m < sizeof known / sizeof known[0] && strcmp(known[m].name, list.items[k]) != 0) m++;
    if (m == sizeof known / sizeof known[0])
      ok = zr__fm_fail(ps, v->line, "flags: unknown flag '%s'", list.items[k]);
    else
      *flags |= known[m].bit;
  }
  for (size_t k = 0; k < list.len; k++) free(list.items[k]);
  free(list.items);
  if (ok && (*flags & ZR_TEST_FLAG_ONLY_STRICT) && (*flags & ZR_TEST_FLAG_NO_STRICT))
    ok = zr__fm_fail(ps, v->line, "flags: onlyStrict and noStrict exclude each other");
  return ok;
}

static bool zr__fm_negative(zr__fm_parser *ps, zr__fm_node *v, zr_test_meta *meta) {
  if (v->kind != ZR__FM_MAP)
    return zr__fm_fail(ps, v->line, "negative: expected a map with 'phase' and 'type'");
  for (size_t k = 0; k < v->len; k++) {
    zr__fm_node *it = v->items[k];
    char **slot = strcmp(v->keys[k], "phase") == 0  ? &meta->negative_phase
                  : strcmp(v->keys[k], "type") == 0 ? &meta->negative_type
                                                    : NULL;
    if (slot == NULL) continue; /* test262 has no others; tolerate future ones */
    free(*slot);
    *slot = NULL;
    if (!zr__fm_scalar_of(ps, "negative", it, slot, NULL)) return false;
  }
  if (meta->negative_phase == NULL || meta->negative_type == NULL ||
      meta->negative_type[0] == '\0')
    return zr__fm_fail(ps, v->line, "negative: needs both 'phase' and 'type'");
  const char *p = meta->negative_phase;
  if (strcmp(p, "parse") != 0 && strcmp(p, "resolution") != 0 && strcmp(p, "runtime") != 0)
    return zr__fm_fail(ps, v->line,
                       "negative: phase must be parse, resolution or runtime, not '%s'", p);
  return true;
}

static bool zr__fm_interpret(zr__fm_parser *ps, zr__fm_node *map, zr_test_meta *meta) {
  for (size_t k = 0; k < map->len; k++) {
    const char *key = map->keys[k];
    zr__fm_node *v = map->items[k];
    bool ok = true;
    if (strcmp(key, "description") == 0) {
      ok = zr__fm_scalar_of(ps, key, v, &meta->description, NULL);
    } else if (strcmp(key, "includes") == 0) {
      ok = zr__fm_to_strings(ps, key, v, &meta->includes);
    } else if (strcmp(key, "flags") == 0) {
      ok = zr__fm_flags(ps, v, &meta->flags);
    } else if (strcmp(key, "negative") == 0) {
      ok = zr__fm_negative(ps, v, meta);
    } else if (strcmp(key, "expected_stdout") == 0) {
      ok = zr__fm_scalar_of(ps, key, v, &meta->expected_stdout, &meta->expected_stdout_len);
    } else if (strcmp(key, "expected_stderr_contains") == 0) {
      ok = zr__fm_scalar_of(ps, key, v, &meta->expected_stderr_contains, NULL);
      if (ok && meta->expected_stderr_contains[0] == '\0')
        ok = zr__fm_fail(ps, v->line, "expected_stderr_contains: empty");
    } else if (strcmp(key, "expected_exit") == 0) {
      char *end = NULL;
      long e = v->kind == ZR__FM_SCALAR ? strtol(v->str, &end, 10) : -1;
      if (v->kind != ZR__FM_SCALAR || end == v->str || *end != '\0' || e < 0 || e > 255)
        ok = zr__fm_fail(ps, v->line, "expected_exit: expected an integer 0..255");
      else
        meta->expected_exit = (int)e;
    } else if (strcmp(key, "expected_signal") == 0) {
      char *end = NULL;
      long e = v->kind == ZR__FM_SCALAR ? strtol(v->str, &end, 10) : -1;
      if (v->kind != ZR__FM_SCALAR || end == v->str || *end != '\0' || e <= 0 || e >= 65)
        ok = zr__fm_fail(ps, v->line, "expected_signal: expected a signal number 1..64");
      else
        meta->expected_signal = (int)e;
    } else if (strcmp(key, "args") == 0) {
      ok = zr__fm_to_strings(ps, key, v, &meta->args);
    } else if (strcmp(key, "zigar_flags") == 0) {
      ok = zr__fm_to_strings(ps, key, v, &meta->zigar_flags);
    } else if (strcmp(key, "zig") == 0) {
      ok = zr__fm_to_strings(ps, key, v, &meta->zig);
    } else if (strcmp(key, "timeout") == 0) {
      char *end = NULL;
      double t = v->kind == ZR__FM_SCALAR ? strtod(v->str, &end) : -1;
      if (v->kind != ZR__FM_SCALAR || end == v->str || *end != '\0' || !(t > 0 && t <= 3600))
        ok = zr__fm_fail(ps, v->line, "timeout: expected seconds (0 < timeout <= 3600)");
      else
        meta->timeout = t;
    }
    if (!ok) return false;
  }
  return true;
}

/* ---- entry points ----------------------------------------------------- */

static const char *zr__fm_find(const char *s, size_t n, const char *needle, size_t from) {
  size_t nl = strlen(needle);
  for (size_t k = from; k + nl <= n; k++)
    if (memcmp(s + k, needle, nl) == 0) return s + k;
  return NULL;
}

int zr_test_front_matter_parse(const char *src, size_t len, zr_test_meta *meta, char *err,
                               size_t err_size) {
  memset(meta, 0, sizeof *meta);
  meta->expected_exit = -1;
  if (err_size) err[0] = '\0';

  const char *open = zr__fm_find(src, len, "/*---", 0);
  if (open == NULL) return ZR_TEST_FM_NONE;
  int line = 1;
  for (const char *c = src; c < open; c++) line += *c == '\n';
  size_t body = (size_t)(open - src) + 5;
  const char *close = zr__fm_find(src, len, "---*/", body);
  if (close == NULL) {
    snprintf(err, err_size, "line %d: front matter is not closed by '---*/'", line);
    return ZR_TEST_FM_ERROR;
  }

  zr__fm_parser ps = {.err = err, .err_size = err_size};
  int result = ZR_TEST_FM_ERROR;
  zr__fm_node *root = NULL;
  /* Cut into lines; the text after the opener and before the closer are
   * lines too, but an empty remnant is not (it would add a blank line). */
  const char *p = src + body, *end = close;
  size_t cap = 16;
  ps.lines = zr__fm_alloc(NULL, cap * sizeof *ps.lines);
  for (;;) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    size_t ln = (size_t)(le - p);
    if (ln > 0 && p[ln - 1] == '\r') ln--;
    zr__fm_line l = {p, ln, line};
    bool edge = (p == src + body || nl == NULL) && zr__fm_is_blank(&l);
    if (!edge) {
      if (ps.n == cap) ps.lines = zr__fm_alloc(ps.lines, (cap *= 2) * sizeof *ps.lines);
      ps.lines[ps.n++] = l;
    }
    if (nl == NULL) break;
    p = nl + 1;
    line++;
  }

  /* Top-level keys sit at the indentation of the first one. */
  size_t first = zr__fm_peek(&ps);
  root = zr__fm_map(&ps, first < ps.n ? zr__fm_indent(&ps.lines[first]) : 0, 0);
  if (root == NULL) goto fail;
  if (!zr__fm_interpret(&ps, root, meta)) goto fail;
  result = ZR_TEST_FM_OK;
fail:
  zr__fm_node_free(root);
  free(ps.lines);
  return result;
}

static void zr__fm_strings_free(zr_test_strings *s) {
  for (size_t k = 0; k < s->len; k++) free(s->items[k]);
  free(s->items);
  s->items = NULL;
  s->len = 0;
}

void zr_test_meta_free(zr_test_meta *meta) {
  free(meta->description);
  zr__fm_strings_free(&meta->includes);
  free(meta->negative_phase);
  free(meta->negative_type);
  free(meta->expected_stdout);
  free(meta->expected_stderr_contains);
  zr__fm_strings_free(&meta->args);
  zr__fm_strings_free(&meta->zigar_flags);
  zr__fm_strings_free(&meta->zig);
  memset(meta, 0, sizeof *meta);
  meta->expected_exit = -1;
}
