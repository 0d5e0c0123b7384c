/*---
description: a top-level await that never settles ends with status 13 and a warning, as in Node
flags: [module]
expected_exit: 13
expected_stderr_contains: "Warning: Detected unsettled top-level await"
---*/
await new Promise(() => {});
