/*
 * output.h — standard output and error as the runtime writes them.
 *
 * Contract: bytes given to zr_output_write reach the fd in order and are
 * never lost at exit. Stdout is buffered when it is not a TTY (fast when
 * piped: one write(2) per ~64 KiB, not per console.log) and flushed when the
 * loop is about to block, before anything is written to stderr (so the two
 * streams keep their relative order on a shared terminal or file), and at
 * exit. Stderr and a TTY stdout are written at once.
 */
#ifndef ZR_OUTPUT_H
#define ZR_OUTPUT_H

#include <stddef.h>

void zr_output_init(void);
void zr_output_write(int fd, const char *data, size_t len);
void zr_output_flush(void);
/* Async-signal-safe flush for fatal signal handlers: writes what is buffered. */
void zr_output_flush_from_signal(void);

#endif
