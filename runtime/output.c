/*
 * output.c — buffered stdout, direct stderr (see output.h for the contract).
 *
 * Writes loop over partial writes and EAGAIN: a pipe inherited in
 * non-blocking mode must not drop bytes, so on EAGAIN we poll(2) for it to
 * drain. The buffer is a plain growable array: console output is produced on
 * the loop thread only.
 */
#include "output.h"

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

#define ZR_OUTPUT_FLUSH_AT (64 * 1024)

static char *stdout_buf;
static size_t stdout_len, stdout_cap;
static bool stdout_is_tty;

static void write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n > 0) {
      data += n;
      len -= (size_t)n;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      struct pollfd p = { .fd = fd, .events = POLLOUT };
      poll(&p, 1, -1);
    } else {
      return; /* EPIPE or a closed fd: the reader is gone, drop quietly */
    }
  }
}

void zr_output_init(void) {
  stdout_is_tty = isatty(1);
}

void zr_output_flush(void) {
  if (stdout_len == 0) return;
  size_t len = stdout_len;
  stdout_len = 0;
  write_all(1, stdout_buf, len);
}

void zr_output_flush_from_signal(void) {
  if (stdout_len > 0) {
    ssize_t ignored = write(1, stdout_buf, stdout_len);
    (void)ignored;
    stdout_len = 0;
  }
}

void zr_output_write(int fd, const char *data, size_t len) {
  if (fd != 1 || stdout_is_tty) {
    zr_output_flush();
    write_all(fd, data, len);
    return;
  }
  if (stdout_len + len > stdout_cap) {
    if (len >= ZR_OUTPUT_FLUSH_AT) {
      zr_output_flush();
      write_all(1, data, len);
      return;
    }
    size_t cap = stdout_cap ? stdout_cap : 4096;
    while (cap < stdout_len + len) cap *= 2;
    stdout_buf = zr_xrealloc(stdout_buf, cap);
    stdout_cap = cap;
  }
  memcpy(stdout_buf + stdout_len, data, len);
  stdout_len += len;
  if (stdout_len >= ZR_OUTPUT_FLUSH_AT) zr_output_flush();
}
