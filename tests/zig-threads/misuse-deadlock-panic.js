/*---
description: the same call when the callback cannot return the error panics with "Deadlock" instead of hanging (the JS thread is even blocked joining the caller)
flags: [module]
expected_signal: 6
expected_stderr_contains: "panic: Deadlock"
timeout: 20
---*/
import { callWithoutUsePanic } from './threads.zig';

callWithoutUsePanic(() => 1);
