/*
 * cli.c — parses the command line into zr_options (cli.h).
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "check.h"

void zr_cli_print_help(void) {
  printf(
      "Usage: zigar-run [options] script.js [arguments]\n"
      "       zigar-run [options] -e CODE [arguments]\n"
      "       zigar-run test [paths...]\n"
      "\n"
      "Runs JavaScript ES modules that may import Zig source files.\n"
      "\n"
      "Options:\n"
      "  -e, --eval CODE       run CODE as an ES module\n"
      "  --expose-gc           define globalThis.gc()\n"
      "  --v8-flags=\"FLAGS\"    pass FLAGS to V8\n"
      "  -v, --version         print the version\n"
      "  -h, --help            print this help\n"
      "\n"
      "Commands:\n"
      "  test [paths...]       run test262-style tests (see docs/testing.md)\n"
      "  --dump-module x.zig   build x.zig and print its metadata table as JSON\n"
      "\n"
      "Environment:\n"
      "  NO_COLOR              no colours in console output\n"
      "  ZIG                   the zig compiler to use (0.15.2)\n"
      "  ZIGAR_CACHE_DIR       where built Zig modules are cached\n");
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

zr_cli_action zr_cli_parse(int argc, char **argv, zr_options *o, char *error, size_t error_size) {
  memset(o, 0, sizeof *o);
  if (argc >= 2 && strcmp(argv[1], "test") == 0) return ZR_CLI_TEST;
  if (argc >= 2 && strcmp(argv[1], "--dump-module") == 0) {
    if (argc != 3) {
      snprintf(error, error_size, "zigar-run: --dump-module needs exactly one .zig file\nTry 'zigar-run --help'.");
      return ZR_CLI_USAGE_ERROR;
    }
    o->script = argv[2];
    return ZR_CLI_DUMP_MODULE;
  }
  o->includes = zr_xcalloc((size_t)argc, sizeof *o->includes);
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) return ZR_CLI_HELP;
    if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) return ZR_CLI_VERSION;
    if (strcmp(a, "--expose-gc") == 0 || strcmp(a, "--expose_gc") == 0) {
      o->expose_gc = true;
    } else if (starts_with(a, "--v8-flags=")) {
      o->v8_flags = a + strlen("--v8-flags=");
    } else if (strcmp(a, "--v8-flags") == 0) {
      if (i + 1 >= argc) goto missing_value;
      o->v8_flags = argv[++i];
    } else if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0) {
      if (i + 1 >= argc) goto missing_value;
      o->eval_source = argv[++i];
    } else if (starts_with(a, "--eval=")) {
      o->eval_source = a + strlen("--eval=");
    } else if (strcmp(a, "--test262-child") == 0) {
      o->test_child = true;
    } else if (o->test_child && strcmp(a, "--module") == 0) {
      o->test_module = true;
    } else if (o->test_child && strcmp(a, "--strict") == 0) {
      o->test_strict = true;
    } else if (o->test_child && starts_with(a, "--include=")) {
      o->includes[o->include_count++] = a + strlen("--include=");
    } else {
      snprintf(error, error_size, "zigar-run: unknown option '%s'\nTry 'zigar-run --help'.", a);
      return ZR_CLI_USAGE_ERROR;
    }
  }
  if (!o->eval_source) {
    if (i >= argc) {
      snprintf(error, error_size, "zigar-run: no script given\nUsage: zigar-run [options] script.js [arguments]\nTry 'zigar-run --help'.");
      return ZR_CLI_USAGE_ERROR;
    }
    o->script = argv[i++];
  }
  o->script_argc = argc - i;
  o->script_argv = argv + i;
  return ZR_CLI_RUN;

missing_value:
  snprintf(error, error_size, "zigar-run: option '%s' needs a value\nTry 'zigar-run --help'.", argv[i]);
  return ZR_CLI_USAGE_ERROR;
}
