/* test_runner.h — `zigar-run test [options] [paths…]`, the test262-style runner.
 *
 * Finds the tests under `paths` (default `tests`) by the rules of
 * docs/testing.md, runs each mode of each test as a fresh child process
 *
 *     SELF_EXE --test262-child [--include=ABS]… [--module] [--strict]
 *              [zigar flags] ABS_FILE [args]
 *
 * N at a time with a per-test timeout, judges each run (exit status, the
 * `zigar-run-test: uncaught PHASE NAME` line, async completion, expected
 * output), and prints to stdout one `FAIL path [mode]: reason` line per
 * failed run (sorted by path, then mode), then exactly `N passed, N failed`.
 *
 * Options: `-j N` parallel children (default: the number of cores),
 * `--timeout S` default per-test timeout in seconds (default 10; a test's
 * `timeout:` key wins), `-v` also list passing runs, `--list` print the runs
 * (`path [mode]`) without running anything.
 *
 * Returns the process exit status: 0 iff nothing failed, 1 on failures,
 * 2 on a usage error or an unreadable path. Uses its own libuv loop, so it
 * may be called before or without any other runtime initialisation. */
#ifndef ZR_TEST_RUNNER_H
#define ZR_TEST_RUNNER_H

int zr_test_runner_main(const char *self_exe, int argc, char **argv);

#endif
