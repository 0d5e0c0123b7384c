/*
 * runner_demo.c — `runner_demo [options] [paths…]` is `zigar-run test …`
 * with the child replaced by fake_child (same folder), which runs each test
 * under Node. It lets the runner be tested end to end before, and
 * independently of, the runtime's own --test262-child side.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "test_runner.h"

int main(int argc, char **argv) {
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) {
    perror("runner_demo: /proc/self/exe");
    return 2;
  }
  self[n] = '\0';
  char *slash = strrchr(self, '/');
  char child[PATH_MAX + 16];
  snprintf(child, sizeof child, "%.*s/fake_child", (int)(slash - self), self);
  return zr_test_runner_main(child, argc - 1, argv + 1);
}
