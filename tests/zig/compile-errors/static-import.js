/*---
description: a statically imported .zig file with a syntax error fails the import (resolution phase) and the report carries zig's file:line:col
flags: [module]
negative:
  phase: resolution
  type: SyntaxError
expected_stderr_contains: syntax-error.zig:5:
---*/
import { ok } from './syntax-error.zig';

ok();
