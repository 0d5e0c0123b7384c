/*---
description: a JS exception in a function called from another thread whose result is no error union is reported and the Zig thread panics "JavaScript function failed"
flags: [module]
expected_signal: 6
expected_stderr_contains: "JavaScript function failed"
---*/
import { plainInThread } from './threads.zig';

await plainInThread(() => { throw new Error('thrown for the thread'); });
