/*
 * build_test.c — driver for tests/zig-build/run.sh (runtime/zig_build.c and
 * runtime/zig_options.c, without the rest of the runtime).
 *
 *   build_test options           in-process checks of option parsing; prints
 *                                "ok …"/"FAIL …" lines and "N passed, N failed"
 *   build_test build FILE [QUERY]
 *                                resolve options, build, dlopen the library,
 *                                call zigar_module_entry (the fake exporter's
 *                                returns a string) and print
 *                                "OK <library> <entry text>"; on failure print
 *                                "ERROR: …" or "COMPILE ERROR: …" and exit 1
 *   build_test time FILE [QUERY] one zr_zig_build call (the first in this
 *                                process, as in a fresh zigar-run) and prints
 *                                its wall time in microseconds
 *   build_test cache-dir         prints zr_zig_cache_dir()
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zig_build.h"
#include "zig_options.h"

static int passed, failed;

static void check(bool cond, const char *what) {
  if (cond) {
    passed++;
    printf("ok   %s\n", what);
  } else {
    failed++;
    printf("FAIL %s\n", what);
  }
}

/* Resolves and expects success; returns the options. */
static zr_zig_options resolve_ok(const char *file, const char *query, const char *what) {
  zr_zig_options o;
  char *error = NULL;
  bool ok = zr_zig_options_resolve(file, query, &o, &error);
  if (!ok) printf("     (%s: %s)\n", what, error);
  check(ok, what);
  free(error);
  return o;
}

/* Expects failure with a message containing both fragments. */
static void resolve_fails(const char *file, const char *query, const char *frag1,
                          const char *frag2, const char *what) {
  zr_zig_options o;
  char *error = NULL;
  bool ok = zr_zig_options_resolve(file, query, &o, &error);
  bool good = !ok && error && strstr(error, frag1) && (!frag2 || strstr(error, frag2)) &&
              !strchr(error, '\n');
  if (!good) printf("     (%s: got %s)\n", what, ok ? "success" : error);
  check(good, what);
  free(error);
}

static int options_tests(const char *dir) {
  /* `dir` is a scratch folder: dir/plain/m.zig has no config anywhere above
   * (run.sh makes sure), dir/cfg/sub/m.zig has dir/cfg/zigar.config.json. */
  char plain[4096], cfg[4096], node[4096], bad[4096], both[4096];
  snprintf(plain, sizeof plain, "%s/plain/m.zig", dir);
  snprintf(cfg, sizeof cfg, "%s/cfg/sub/m.zig", dir);
  snprintf(node, sizeof node, "%s/node/m.zig", dir);
  snprintf(bad, sizeof bad, "%s/bad/m.zig", dir);
  snprintf(both, sizeof both, "%s/both/m.zig", dir);

  zr_zig_options o = resolve_ok(plain, NULL, "no query, no config: defaults");
  check(!strcmp(o.optimize, "Debug") && !o.use_libc && o.multithreaded && !o.omit_functions &&
            !o.omit_variables,
        "defaults are Debug, no libc, multithreaded, nothing omitted");
  o = resolve_ok(plain, "", "empty query");
  check(!strcmp(o.optimize, "Debug"), "empty query keeps defaults");

  o = resolve_ok(plain, "optimize=ReleaseFast", "optimize=ReleaseFast");
  check(!strcmp(o.optimize, "ReleaseFast"), "optimize is ReleaseFast");
  o = resolve_ok(plain, "optimize=ReleaseSmall&useLibc=1&multithreaded=false&omitFunctions=true"
                        "&omitVariables=1",
                 "camelCase keys");
  check(!strcmp(o.optimize, "ReleaseSmall") && o.use_libc && !o.multithreaded &&
            o.omit_functions && o.omit_variables,
        "camelCase values applied");
  o = resolve_ok(plain, "use_libc=true&omit_functions=1&omit_variables=true&multithreaded=0",
                 "snake_case keys");
  check(o.use_libc && o.omit_functions && o.omit_variables && !o.multithreaded,
        "snake_case values applied");
  o = resolve_ok(plain, "use-libc=1&omit-functions=1&omit-variables=0&optimize=ReleaseSafe",
                 "kebab-case keys");
  check(o.use_libc && o.omit_functions && !o.omit_variables && !strcmp(o.optimize, "ReleaseSafe"),
        "kebab-case values applied");
  o = resolve_ok(plain, "useLibc&&optimize=%52eleaseFast&", "bare boolean, %-escape, empty parts");
  check(o.use_libc && !strcmp(o.optimize, "ReleaseFast"), "bare key is true, %52 decodes");

  resolve_fails(plain, "optimize=Fast", "optimize", "'Fast'", "bad optimize value named");
  resolve_fails(plain, "optimize", "optimize", NULL, "optimize without a value");
  resolve_fails(plain, "useLibc=yes", "useLibc", "'yes'", "bad boolean named");
  resolve_fails(plain, "use_libc=2", "useLibc", "'2'", "bad snake_case boolean named");
  resolve_fails(plain, "optimise=Debug", "optimise", NULL, "unknown key named");
  resolve_fails(plain, "omitFunctionz=1", "omitFunctionz", NULL, "misspelt key named");

  o = resolve_ok(cfg, NULL, "config file found two folders up");
  check(!strcmp(o.optimize, "ReleaseSmall") && o.use_libc && o.omit_variables,
        "config supplies defaults (ReleaseSmall, use_libc, omit-variables)");
  o = resolve_ok(cfg, "optimize=Debug&useLibc=0", "query with config");
  check(!strcmp(o.optimize, "Debug") && !o.use_libc && o.omit_variables,
        "query overrides config key by key");
  o = resolve_ok(node, NULL, "node-zigar.config.json");
  check(!strcmp(o.optimize, "ReleaseFast") && o.multithreaded == false,
        "node-zigar.config.json read, its other keys skipped");
  o = resolve_ok(both, NULL, "both config files");
  check(!strcmp(o.optimize, "ReleaseSafe"), "zigar.config.json wins over node-zigar.config.json");
  resolve_fails(bad, NULL, "zigar.config.json", "optimise", "unknown key in zigar.config.json");

  char badval[4096];
  snprintf(badval, sizeof badval, "%s/badval/m.zig", dir);
  resolve_fails(badval, NULL, "optimize", "'Quick'", "bad value in config named");
  char badjson[4096];
  snprintf(badjson, sizeof badjson, "%s/badjson/m.zig", dir);
  resolve_fails(badjson, NULL, "zigar.config.json", "invalid JSON", "malformed config");

  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

int main(int argc, char **argv) {
  if (argc >= 3 && !strcmp(argv[1], "options")) return options_tests(argv[2]);
  if (argc >= 2 && !strcmp(argv[1], "cache-dir")) {
    printf("%s\n", zr_zig_cache_dir());
    return 0;
  }
  if (argc >= 3 && (!strcmp(argv[1], "build") || !strcmp(argv[1], "time"))) {
    const char *query = argc >= 4 ? argv[3] : NULL;
    double t0 = now_us();
    zr_zig_options o;
    char *error = NULL;
    if (!zr_zig_options_resolve(argv[2], query, &o, &error)) {
      printf("ERROR: %s\n", error);
      free(error);
      return 1;
    }
    zr_zig_build_result r;
    bool ok = zr_zig_build(argv[2], &o, &r);
    double t1 = now_us();
    if (!ok) {
      printf("%s: %s\n", r.compile_error ? "COMPILE ERROR" : "ERROR", r.error);
      zr_zig_build_result_free(&r);
      return 1;
    }
    if (!strcmp(argv[1], "time")) {
      printf("%.1f\n", t1 - t0);
      zr_zig_build_result_free(&r);
      return 0;
    }
    void *lib = dlopen(r.library_path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      printf("ERROR: dlopen: %s\n", dlerror());
      return 1;
    }
    const char *(*entry)(const void *) = (const char *(*)(const void *))dlsym(lib, "zigar_module_entry");
    printf("OK %s %s\n", r.library_path, entry ? entry(NULL) : "(no entry)");
    zr_zig_build_result_free(&r);
    return 0;
  }
  fprintf(stderr, "usage: build_test options DIR | build FILE [QUERY] | time FILE [QUERY] | cache-dir\n");
  return 2;
}
