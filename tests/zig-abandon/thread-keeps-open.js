/*---
description: while a thread the library started is alive, an abandoned library stays open (the thread may be running its code); it is closed soon after the thread ended
flags: [module]
zigar_flags: [--expose-gc]
timeout: 30
---*/
import { start, __zigar } from './abandon_thread.zig';
import { mapped } from './maps.zig';

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const LIB = '/modules/abandon_thread-';

const before = __zigar.stats().libraries;
assert.sameValue(typeof before, 'number');
start(1500);
const t0 = Date.now();
__zigar.abandon();
gc();
await wait(0);
assert.sameValue(__zigar.stats().libraries, before, 'open while its thread lives');
assert.sameValue(mapped(LIB), true);
while (__zigar.stats().libraries === before && Date.now() - t0 < 20000) await wait(20);
assert.sameValue(__zigar.stats().libraries, before - 1, 'closed after the thread ended');
assert(Date.now() - t0 >= 1000, 'not before the thread ended');
assert.sameValue(mapped(LIB), false);
