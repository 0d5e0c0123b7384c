/*
 * fake_child.c — a stand-in for `zigar-run --test262-child …` (docs/testing.md).
 *
 * It replaces itself (exec, so the runner's timeout kill reaches the real
 * worker) with `node fake_child.js ARGS…`; the driver implements the child
 * contract on Node's vm module. Node's experimental-module warning is
 * silenced so that stderr carries only what the test caused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "--test262-child") != 0) {
    fprintf(stderr, "fake_child: expected --test262-child as the first argument\n");
    return 2;
  }
  char **args = calloc((size_t)argc + 5, sizeof *args);
  if (args == NULL) return 2;
  int n = 0;
  args[n++] = "node";
  args[n++] = "--no-warnings";
  args[n++] = "--experimental-vm-modules";
  args[n++] = "--expose-gc";
  args[n++] = ZR_FAKE_CHILD_JS;
  for (int k = 2; k < argc; k++) args[n++] = argv[k];
  args[n] = NULL;
  execvp("node", args);
  perror("fake_child: node");
  return 127;
}
