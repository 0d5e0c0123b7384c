/*
 * zig_options.c — query string + config file → zr_zig_options (zig_options.h).
 *
 * Config files: the first folder, walking up from the .zig file's own, that
 * holds `zigar.config.json` or `node-zigar.config.json` supplies defaults
 * (zigar.config.json wins when both are there; only that one file is read).
 * zigar.config.json is ours, so an unknown key in it is an error;
 * node-zigar.config.json belongs to node-zigar and carries keys we have no
 * use for (sourceFiles, targets, …), so unknown keys there are skipped.
 * The query string then overrides key by key.
 */
#include "zig_options.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"

static char *zr__format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *zr__format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *out = NULL;
  CHECK(vasprintf(&out, fmt, ap) >= 0);
  va_end(ap);
  return out;
}

void zr_zig_options_default(zr_zig_options *out) {
  memset(out, 0, sizeof *out);
  strcpy(out->optimize, "Debug");
  out->multithreaded = true;
}

/* ---- keys and values -------------------------------------------------------- */

/* "use_libc" / "use-libc" / "useLibc" → "useLibc". Returns false if the key
 * does not fit the buffer (it can't be a known option then). */
static bool zr__camel_case(const char *key, size_t len, char *out, size_t cap) {
  size_t n = 0;
  bool upper = false;
  for (size_t i = 0; i < len; i++) {
    char c = key[i];
    if ((c == '_' || c == '-') && n > 0) {
      upper = true;
      continue;
    }
    if (n + 1 >= cap) return false;
    out[n++] = upper ? (char)toupper((unsigned char)c) : c;
    upper = false;
  }
  out[n] = '\0';
  return true;
}

static bool zr__parse_bool(const char *value, bool *out) {
  if (!strcmp(value, "1") || !strcmp(value, "true")) *out = true;
  else if (!strcmp(value, "0") || !strcmp(value, "false")) *out = false;
  else return false;
  return true;
}

typedef enum { ZR__KEY_UNKNOWN, ZR__KEY_OPTIMIZE, ZR__KEY_BOOL } zr__key_kind;

/* Which option a (camelCased) key names; for booleans, the field. */
static zr__key_kind zr__lookup(const char *camel, zr_zig_options *opts, bool **field) {
  if (!strcmp(camel, "optimize")) return ZR__KEY_OPTIMIZE;
  if (!strcmp(camel, "useLibc")) *field = &opts->use_libc;
  else if (!strcmp(camel, "multithreaded")) *field = &opts->multithreaded;
  else if (!strcmp(camel, "omitFunctions")) *field = &opts->omit_functions;
  else if (!strcmp(camel, "omitVariables")) *field = &opts->omit_variables;
  else return ZR__KEY_UNKNOWN;
  return ZR__KEY_BOOL;
}

static bool zr__valid_optimize(const char *v) {
  return !strcmp(v, "Debug") || !strcmp(v, "ReleaseSafe") || !strcmp(v, "ReleaseFast") ||
         !strcmp(v, "ReleaseSmall");
}

/* ---- query string ------------------------------------------------------------ */

static int zr__hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* URL-decodes [s, s+len) ('+' is a space, as in form encoding). */
static char *zr__url_decode(const char *s, size_t len) {
  char *out = zr_xmalloc(len + 1);
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    int hi, lo;
    if (s[i] == '%' && i + 2 < len && (hi = zr__hex(s[i + 1])) >= 0 &&
        (lo = zr__hex(s[i + 2])) >= 0) {
      out[n++] = (char)(hi * 16 + lo);
      i += 2;
    } else {
      out[n++] = s[i] == '+' ? ' ' : s[i];
    }
  }
  out[n] = '\0';
  return out;
}

static bool zr__apply_query(const char *query, zr_zig_options *opts, char **error) {
  const char *p = query;
  while (*p) {
    const char *end = strchr(p, '&');
    if (!end) end = p + strlen(p);
    if (end == p) {  /* "a=1&&b=0" or a trailing '&' */
      p = *end ? end + 1 : end;
      continue;
    }
    const char *eq = memchr(p, '=', (size_t)(end - p));
    char *key = zr__url_decode(p, (size_t)((eq ? eq : end) - p));
    char *value = eq ? zr__url_decode(eq + 1, (size_t)(end - eq - 1)) : NULL;
    char camel[32];
    bool *field = NULL;
    zr__key_kind kind = zr__camel_case(key, strlen(key), camel, sizeof camel)
                            ? zr__lookup(camel, opts, &field)
                            : ZR__KEY_UNKNOWN;
    bool ok = true;
    if (kind == ZR__KEY_UNKNOWN) {
      *error = zr__format("Unknown option '%s' in the import's query string (options: optimize, "
                          "useLibc, multithreaded, omitFunctions, omitVariables)", key);
      ok = false;
    } else if (kind == ZR__KEY_OPTIMIZE) {
      if (!value || !zr__valid_optimize(value)) {
        *error = zr__format("Invalid value for option optimize: '%s' (expected Debug, "
                            "ReleaseSafe, ReleaseFast or ReleaseSmall)", value ? value : "");
        ok = false;
      } else {
        snprintf(opts->optimize, sizeof opts->optimize, "%s", value);
      }
    } else if (!value) {
      *field = true;  /* a bare `?useLibc` reads as "on" */
    } else if (!zr__parse_bool(value, field)) {
      *error = zr__format("Invalid value for option %s: '%s' (expected 0, 1, true or false)",
                          camel, value);
      ok = false;
    }
    free(key);
    free(value);
    if (!ok) return false;
    p = *end ? end + 1 : end;
  }
  return true;
}

/* ---- config file (a small JSON reader: one object of scalars) ---------------- */

typedef struct zr__json {
  const char *start, *p, *end;
  const char *path;
  char *error;
} zr__json;

static void zr__json_ws(zr__json *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
    j->p++;
}

static bool zr__json_fail(zr__json *j, const char *what) {
  if (!j->error) {
    j->error = zr__format("%s: invalid JSON: %s at byte %ld", j->path, what,
                          (long)(j->p - j->start));
  }
  return false;
}

/* A JSON string → malloc'ed UTF-8 (\uXXXX outside ASCII becomes '?': option
 * keys and values are ASCII, so nothing we accept can be harmed by that). */
static char *zr__json_string(zr__json *j) {
  if (j->p >= j->end || *j->p != '"') {
    zr__json_fail(j, "expected a string");
    return NULL;
  }
  j->p++;
  size_t cap = 16, n = 0;
  char *out = zr_xmalloc(cap);
  while (j->p < j->end && *j->p != '"') {
    char c = *j->p++;
    if (c == '\\') {
      if (j->p >= j->end) break;
      char e = *j->p++;
      switch (e) {
        case 'n': c = '\n'; break;
        case 't': c = '\t'; break;
        case 'r': c = '\r'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'u': {
          unsigned v = 0;
          for (int k = 0; k < 4; k++) {
            int h = j->p < j->end ? zr__hex(*j->p) : -1;
            if (h < 0) {
              free(out);
              zr__json_fail(j, "bad \\u escape");
              return NULL;
            }
            v = v * 16 + (unsigned)h;
            j->p++;
          }
          c = v < 0x80 ? (char)v : '?';
          break;
        }
        default: c = e; break;
      }
    }
    if (n + 2 > cap) out = zr_xrealloc(out, cap *= 2);
    out[n++] = c;
  }
  if (j->p >= j->end) {
    free(out);
    zr__json_fail(j, "unterminated string");
    return NULL;
  }
  j->p++;
  out[n] = '\0';
  return out;
}

/* Skips any value (nested objects/arrays included); node-zigar configs hold
 * structures we ignore. */
static bool zr__json_skip(zr__json *j, int depth) {
  zr__json_ws(j);
  if (j->p >= j->end) return zr__json_fail(j, "unexpected end");
  if (depth > 64) return zr__json_fail(j, "nested too deeply");
  char c = *j->p;
  if (c == '"') {
    char *s = zr__json_string(j);
    free(s);
    return s != NULL;
  }
  if (c == '{' || c == '[') {
    char close = c == '{' ? '}' : ']';
    j->p++;
    zr__json_ws(j);
    if (j->p < j->end && *j->p == close) {
      j->p++;
      return true;
    }
    for (;;) {
      if (c == '{') {
        zr__json_ws(j);
        char *k = zr__json_string(j);
        if (!k) return false;
        free(k);
        zr__json_ws(j);
        if (j->p >= j->end || *j->p != ':') return zr__json_fail(j, "expected ':'");
        j->p++;
      }
      if (!zr__json_skip(j, depth + 1)) return false;
      zr__json_ws(j);
      if (j->p < j->end && *j->p == ',') {
        j->p++;
        continue;
      }
      if (j->p < j->end && *j->p == close) {
        j->p++;
        return true;
      }
      return zr__json_fail(j, "expected ',' or a closing bracket");
    }
  }
  /* number, true, false, null */
  const char *start = j->p;
  while (j->p < j->end && (isalnum((unsigned char)*j->p) || strchr("+-.", *j->p))) j->p++;
  if (j->p == start) return zr__json_fail(j, "unexpected character");
  return true;
}

/* A scalar value as text: strings unquoted, literals (true/1/…) verbatim;
 * NULL (with j->error unset) for arrays/objects, so the caller can say the
 * value has the wrong type. */
static char *zr__json_scalar(zr__json *j, bool *is_string) {
  zr__json_ws(j);
  *is_string = false;
  if (j->p < j->end && *j->p == '"') {
    *is_string = true;
    return zr__json_string(j);
  }
  const char *start = j->p;
  if (!zr__json_skip(j, 0)) return NULL;
  if (*start == '{' || *start == '[') return zr__format("%s", *start == '{' ? "{…}" : "[…]");
  return strndup(start, (size_t)(j->p - start));
}

static bool zr__apply_config(const char *path, bool strict, zr_zig_options *opts, char **error) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    *error = zr__format("%s: cannot read: %s", path, strerror(errno));
    return false;
  }
  size_t cap = 4096, n = 0;
  char *text = zr_xmalloc(cap);
  size_t got;
  while ((got = fread(text + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) text = zr_xrealloc(text, cap *= 2);
  }
  fclose(f);

  zr__json j = {text, text, text + n, path, NULL};
  bool ok = false;
  zr__json_ws(&j);
  if (j.p >= j.end || *j.p != '{') {
    zr__json_fail(&j, "expected an object");
    goto fail;
  }
  j.p++;
  zr__json_ws(&j);
  if (j.p < j.end && *j.p == '}') {
    j.p++;
    ok = true;
    goto done;
  }
  for (;;) {
    zr__json_ws(&j);
    char *key = zr__json_string(&j);
    if (!key) goto fail;
    zr__json_ws(&j);
    if (j.p >= j.end || *j.p != ':') {
      free(key);
      zr__json_fail(&j, "expected ':'");
      goto fail;
    }
    j.p++;
    char camel[32];
    bool *field = NULL;
    zr__key_kind kind = zr__camel_case(key, strlen(key), camel, sizeof camel)
                            ? zr__lookup(camel, opts, &field)
                            : ZR__KEY_UNKNOWN;
    if (kind == ZR__KEY_UNKNOWN) {
      if (strict) {
        j.error = zr__format("%s: unknown option '%s' (options: optimize, useLibc, "
                             "multithreaded, omitFunctions, omitVariables)", path, key);
        free(key);
        goto fail;
      }
      free(key);
      if (!zr__json_skip(&j, 0)) goto fail;
    } else {
      bool is_string;
      char *value = zr__json_scalar(&j, &is_string);
      if (!value) {
        free(key);
        goto fail;
      }
      bool bad = false;
      if (kind == ZR__KEY_OPTIMIZE) {
        if (!is_string || !zr__valid_optimize(value)) bad = true;
        else snprintf(opts->optimize, sizeof opts->optimize, "%s", value);
      } else {
        /* true/false, 0/1, and the same as strings ("1", "true"). */
        bad = !zr__parse_bool(value, field);
      }
      if (bad) {
        j.error = zr__format("%s: invalid value for option %s: %s%s%s", path,
                             kind == ZR__KEY_OPTIMIZE ? "optimize" : camel, is_string ? "'" : "",
                             value, is_string ? "'" : "");
      }
      free(key);
      free(value);
      if (bad) goto fail;
    }
    zr__json_ws(&j);
    if (j.p < j.end && *j.p == ',') {
      j.p++;
      continue;
    }
    if (j.p < j.end && *j.p == '}') {
      j.p++;
      break;
    }
    zr__json_fail(&j, "expected ',' or '}'");
    goto fail;
  }
  zr__json_ws(&j);
  if (j.p != j.end) {
    zr__json_fail(&j, "trailing characters after the object");
    goto fail;
  }
  ok = true;
  goto done;
fail:
  *error = j.error ? j.error : zr__format("%s: invalid JSON", path);
  j.error = NULL;
done:
  free(j.error);
  free(text);
  return ok;
}

/* The config file for `zig_file`, or NULL: walk up from its folder. Stat only
 * (this runs on every import, cache hits included). */
static char *zr__find_config(const char *zig_file, bool *strict) {
  static const char *const names[] = {"zigar.config.json", "node-zigar.config.json"};
  size_t len = strlen(zig_file);
  char *dir = strndup(zig_file, len);
  char *candidate = zr_xmalloc(len + 32);
  for (;;) {
    char *slash = strrchr(dir, '/');
    if (!slash) break;
    *slash = '\0';  /* dir is now the parent of what it was ("" for "/") */
    for (int i = 0; i < 2; i++) {
      struct stat st;
      sprintf(candidate, "%s/%s", dir, names[i]);
      if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode)) {
        *strict = i == 0;
        free(dir);
        return candidate;
      }
    }
  }
  free(dir);
  free(candidate);
  return NULL;
}

bool zr_zig_options_resolve(const char *zig_file, const char *query, zr_zig_options *out,
                            char **error) {
  *error = NULL;
  zr_zig_options_default(out);
  bool strict = false;
  char *config = zr__find_config(zig_file, &strict);
  if (config) {
    bool ok = zr__apply_config(config, strict, out, error);
    free(config);
    if (!ok) return false;
  }
  if (query && !zr__apply_query(query, out, error)) return false;
  return true;
}
