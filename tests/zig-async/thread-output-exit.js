/*---
description: lines other threads printed that are still queued when process.exit() ends the process are written to their fd (std.debug.print - stderr) instead of being lost
flags: [module]
expected_stdout: |
  exiting
expected_stderr_contains: "joined line 4"
---*/
import { printJoined } from './async.zig';

printJoined(5);
console.log('exiting');
process.exit(0);
