/*---
description: rejecting with a non-error prints Node's UnhandledPromiseRejection text
flags: [module]
expected_exit: 1
expected_stderr_contains: "The promise rejected with the reason \"42\"."
---*/
Promise.reject(42);
