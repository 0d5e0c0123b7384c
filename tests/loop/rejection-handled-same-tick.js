/*---
description: a rejection handled later in the same tick is not reported
flags: [module]
expected_stdout: |
  caught late
  caught async
---*/
const p = Promise.reject(new Error('late'));
queueMicrotask(() => p.catch((e) => console.log('caught', e.message)));
async function f() { throw new Error('async'); }
const q = f();
Promise.resolve().then(() => q.catch((e) => console.log('caught', e.message)));
