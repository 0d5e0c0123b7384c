/*---
description: an error thrown in a timer is fatal, printed like Node with the stack
flags: [module]
expected_exit: 1
expected_stderr_contains: "Error: boom in timer\n    at Timeout._onTimeout ("
---*/
setTimeout(function () { throw new Error('boom in timer'); }, 1);
setTimeout(() => console.log('must not run'), 50);
