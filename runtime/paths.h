/*
 * paths.h — file paths and file: URLs for the module loader.
 *
 * All results are malloc'ed and owned by the caller. Paths are absolute and
 * normalised ("." and ".." segments removed) but symlinks are kept, like
 * Node's default (--preserve-symlinks off resolves the main script only).
 */
#ifndef ZR_PATHS_H
#define ZR_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* `base_dir` + `relative` (or `relative` if absolute), normalised. */
char *zr_path_join(const char *base_dir, const char *relative);
/* The folder of `path` ("/a/b.js" → "/a"). */
char *zr_path_dirname(const char *path);
/* "/a b/c.js" → "file:///a%20b/c.js" */
char *zr_path_to_file_url(const char *path);
/* "file:///a%20b/c.js" → "/a b/c.js"; NULL if not a file: URL. */
char *zr_file_url_to_path(const char *url);
/* The extension including the dot, or "" ("a/b.tar.gz" → ".gz"). */
const char *zr_path_extension(const char *path);
/* Whole file into a NUL-terminated buffer; NULL with errno on failure. */
char *zr_read_file(const char *path, size_t *len);
bool zr_is_directory(const char *path);
bool zr_is_file(const char *path);

#endif
