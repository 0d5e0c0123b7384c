/*
 * check.h — invariant checks that abort with a message (libuv's CHECK idea).
 *
 * Invariants are not errors a user can cause: when one fails the runtime is
 * in a state it was not designed for, so it stops at once with the place,
 * rather than limping on through a defensive fallback.
 */
#ifndef ZR_CHECK_H
#define ZR_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(expr)                                                              \
  do {                                                                           \
    if (!(expr)) {                                                               \
      fprintf(stderr, "zigar-run: internal error: %s:%d: CHECK(%s) failed\n",    \
              __FILE__, __LINE__, #expr);                                        \
      abort();                                                                   \
    }                                                                            \
  } while (0)

/* malloc family that aborts on exhaustion: an out-of-memory C heap is not
 * something the runtime can report through JavaScript. */
static inline void *zr_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  CHECK(p != NULL);
  return p;
}
static inline void *zr_xcalloc(size_t count, size_t n) {
  void *p = calloc(count ? count : 1, n ? n : 1);
  CHECK(p != NULL);
  return p;
}
static inline void *zr_xrealloc(void *old, size_t n) {
  void *p = realloc(old, n ? n : 1);
  CHECK(p != NULL);
  return p;
}

#endif
