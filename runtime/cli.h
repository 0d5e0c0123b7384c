/*
 * cli.h — the command line.
 *
 *   zigar-run [options] script.js [args…]
 *   zigar-run [options] -e CODE [args…]
 *   zigar-run test [paths…]
 *   zigar-run --dump-module x.zig
 *
 * Options come before the script; everything after it belongs to the
 * script. An unknown option is a usage error (exit 2).
 */
#ifndef ZR_CLI_H
#define ZR_CLI_H

#include "runtime.h"

typedef enum {
  ZR_CLI_RUN,        /* run a script, -e code, or a test child */
  ZR_CLI_TEST,       /* the test runner: argv from `test` on */
  ZR_CLI_DUMP_MODULE, /* --dump-module x.zig: options->script is the file */
  ZR_CLI_VERSION,
  ZR_CLI_HELP,
  ZR_CLI_USAGE_ERROR,
} zr_cli_action;

/* Fills `options`; on a usage error writes the message to `error`. */
zr_cli_action zr_cli_parse(int argc, char **argv, zr_options *options, char *error, size_t error_size);
void zr_cli_print_help(void);

#endif
