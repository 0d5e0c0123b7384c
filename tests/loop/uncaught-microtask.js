/*---
description: an error thrown in a queueMicrotask callback is fatal
flags: [module]
expected_exit: 1
expected_stderr_contains: "Error: from microtask"
---*/
queueMicrotask(() => { throw new Error('from microtask'); });
setTimeout(() => console.log('must not run'), 10);
