/*
 * paths.c — path and file: URL helpers (paths.h).
 *
 * Normalisation is lexical, so a path that does not exist yet still
 * resolves (the loader reports it missing with its full name).
 */
#include "paths.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char *normalise(const char *path) {
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
      if (n > 0) n--; /* the slash */
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

char *zr_path_join(const char *base_dir, const char *relative) {
  if (relative[0] == '/') return normalise(relative);
  size_t a = strlen(base_dir), b = strlen(relative);
  char *joined = zr_xmalloc(a + b + 2);
  memcpy(joined, base_dir, a);
  joined[a] = '/';
  memcpy(joined + a + 1, relative, b + 1);
  char *out = normalise(joined);
  free(joined);
  return out;
}

char *zr_path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash || slash == path) return strdup("/");
  return strndup(path, (size_t)(slash - path));
}

static bool url_safe(unsigned char c) {
  return isalnum(c) || strchr("/-_.~!$&'()*+,;=:@", c) != NULL;
}

char *zr_path_to_file_url(const char *path) {
  size_t len = strlen(path);
  char *out = zr_xmalloc(7 + len * 3 + 1);
  size_t n = (size_t)sprintf(out, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (url_safe(*p)) out[n++] = (char)*p;
    else n += (size_t)sprintf(out + n, "%%%02X", *p);
  }
  out[n] = '\0';
  return out;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char *zr_file_url_to_path(const char *url) {
  if (strncmp(url, "file://", 7) != 0) return NULL;
  const char *p = url + 7;
  if (strncmp(p, "localhost/", 10) == 0) p += 9;
  if (*p != '/') return NULL;
  char *out = zr_xmalloc(strlen(p) + 1);
  size_t n = 0;
  for (; *p && *p != '?' && *p != '#'; p++) {
    int hi, lo;
    if (*p == '%' && (hi = hex_value(p[1])) >= 0 && (lo = hex_value(p[2])) >= 0) {
      out[n++] = (char)(hi * 16 + lo);
      p += 2;
    } else {
      out[n++] = *p;
    }
  }
  out[n] = '\0';
  char *normal = normalise(out);
  free(out);
  return normal;
}

const char *zr_path_extension(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(path, '.');
  if (!dot || (slash && dot < slash) || dot == (slash ? slash + 1 : path)) return "";
  return dot;
}

char *zr_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 8192, n = 0;
  char *buf = zr_xmalloc(cap + 1);
  for (;;) {
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (n < cap) {
      if (ferror(f)) {
        int saved = errno;
        fclose(f);
        free(buf);
        errno = saved;
        return NULL;
      }
      break;
    }
    cap *= 2;
    buf = zr_xrealloc(buf, cap + 1);
  }
  fclose(f);
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

bool zr_is_directory(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool zr_is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}
