/*---
description: rejections of the main module's evaluation (top-level await) are fatal
flags: [module]
expected_exit: 1
expected_stderr_contains: "Error: rejected at top level"
---*/
await Promise.reject(new Error('rejected at top level'));
