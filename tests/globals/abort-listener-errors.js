/*---
description: a listener that throws is reported as an uncaught exception and the other listeners still run
flags: [module]
expected_stdout: |
  second ran
expected_stderr_contains: "boom"
expected_exit: 1
---*/
const c = new AbortController();
c.signal.addEventListener('abort', () => { throw new Error('boom'); });
c.signal.addEventListener('abort', () => console.log('second ran'));
c.abort();
