/*---
description: __zigar.abandon() called from a JS function that the same module's Zig code is running - no crash, the call returns normally, and the library is closed only after it returned (at the end of that macrotask)
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { run, __zigar } from './abandon_callback.zig';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
const LIB = '/modules/abandon_callback-';

const before = __zigar.stats().libraries;
const seen = [];
const sum = run((i) => {
  seen.push(i);
  if (i === 3) {
    __zigar.abandon(); // the last callback: Zig returns right after it
    seen.push(__zigar.stats().libraries === before ? 'open' : 'closed');
  }
}, 4);
assert.sameValue(sum, 6, 'the Zig call finished after the abandon');
assert.sameValue(seen.join(' '), '0 1 2 3 open');
assert.sameValue(__zigar.stats().libraries, before, 'still open in the macrotask that ran the call');
assert.sameValue(mapped(LIB), true);

gc();
await tick();
assert.sameValue(__zigar.stats().libraries, before - 1, 'closed after the call returned');
assert.sameValue(mapped(LIB), false);
assert.sameValue(thrown(() => run(() => {}, 1), 'run after the close').message, 'Module was abandoned');
