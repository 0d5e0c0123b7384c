/*---
description: a module that failed to compile fails again on every import in a new process too (a failed build must leave no library in the cache); run after dynamic-import.js or alone
flags: [module]
timeout: 60
---*/
for (let i = 0; i < 3; i++) {
  let err;
  try { await import('./type-error.zig'); } catch (e) { err = e; }
  assert(err instanceof Error, `attempt ${i} rejects`);
  assert(/type-error\.zig:3:\d+/.test(err.message), `attempt ${i}: ` + err.message);
}
