/*---
description: an unref'd timer does not keep the process alive; hasRef reflects it
flags: [module]
expected_stdout: |
  false
  true
  ref again runs
---*/
const t = setTimeout(() => console.log('must not run'), 1000);
t.unref();
console.log(t.hasRef());
const u = setTimeout(() => console.log('ref again runs'), 5);
u.unref();
u.ref();
console.log(u.hasRef());
