/*---
description: a type error found by zig's semantic analysis fails the import with file:line:col of the offending line
flags: [module]
timeout: 60
---*/
let err;
try { await import('./type-error.zig'); } catch (e) { err = e; }
assert(err instanceof Error, 'the import rejects');
assert(/type-error\.zig:3:\d+/.test(err.message), 'file:line:col in ' + JSON.stringify(err.message));
assert(err.message.includes('expected type'), 'zig says what was wrong: ' + JSON.stringify(err.message));
