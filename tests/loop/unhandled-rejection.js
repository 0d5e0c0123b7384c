/*---
description: an unhandled rejection is fatal (exit 1) and prints the error
flags: [module]
expected_exit: 1
expected_stderr_contains: "Error: nobody caught me"
---*/
Promise.reject(new Error('nobody caught me'));
