/*---
description: await import('./m.zig') and query options (camelCase, snake_case, kebab-case, 0/1) give working modules
flags: [module]
timeout: 90
---*/
const a = await import('./abandon.zig');
assert.sameValue(a.add(1, 2), 3);
const b = await import('./abandon.zig?optimize=ReleaseSafe');
assert.sameValue(b.add(1, 2), 3);
const c = await import('./abandon.zig?use_libc=1');
assert.sameValue(c.five(), 5);
const d = await import('./abandon.zig?omit-variables=0&multithreaded=0');
assert.sameValue(d.five(), 5);
let err;
try { await import('./abandon.zig?optimise=Fast'); } catch (x) { err = x; }
assert(err instanceof Error, 'an unknown option fails the import');
