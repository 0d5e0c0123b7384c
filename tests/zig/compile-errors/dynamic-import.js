/*---
description: await import() of a .zig file with a syntax error rejects with an error whose message carries zig's file:line:col and the diagnostic; importing again fails the same way (nothing half-written was cached); other modules still load
flags: [module]
timeout: 60
---*/
let e1;
try { await import('./syntax-error.zig'); } catch (e) { e1 = e; }
assert(e1 instanceof Error, 'the import rejects with an Error');
assert(/syntax-error\.zig:5:\d+/.test(e1.message), 'file:line:col in ' + JSON.stringify(e1.message));
assert(/error:/.test(e1.message), 'zig diagnostic text in the message');
let e2;
try { await import('./syntax-error.zig?optimize=Debug'); } catch (e) { e2 = e; }
assert(e2 instanceof Error, 'the second import rejects too');
assert(/syntax-error\.zig:5:\d+/.test(e2.message), 'the same diagnostic again: ' + JSON.stringify(e2.message));
const fine = await import('./fine.zig');
assert.sameValue(fine.fine(), 7, 'other modules still build and load');
