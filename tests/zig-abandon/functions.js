/*---
description: __zigar.abandon() on a Debug module exporting only functions - calls throw at once; after gc() and a turn of the loop its library is closed (stats().libraries, /proc/self/maps); functions never called before throw too
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { add, twice, neverCalled, __zigar } from './abandon_functions.zig';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
const LIB = '/modules/abandon_functions-';

assert.sameValue(add(2, 3), 5);
assert.sameValue(twice('abc'), 6);
const before = __zigar.stats();
assert.sameValue(typeof before.libraries, 'number', 'stats() counts loaded libraries');
assert.sameValue(mapped(LIB), true, 'the library is mapped while in use');

__zigar.abandon();
assert.sameValue(thrown(() => add(2, 3), 'add after abandon').message, 'Module was abandoned');
assert.sameValue(__zigar.stats().modules, before.modules - 1, 'modules: not abandoned');

gc();
await tick();
const after = __zigar.stats();
assert.sameValue(after.libraries, before.libraries - 1, 'the library was closed');
assert.sameValue(after.modules, before.modules - 1);
assert.sameValue(mapped(LIB), false, '/proc/self/maps no longer lists the library');

assert.sameValue(thrown(() => add(2, 3), 'add after the close').message, 'Module was abandoned');
assert.sameValue(thrown(() => twice('x'), 'twice after the close').message, 'Module was abandoned');
assert.sameValue(thrown(() => neverCalled(), 'first call after the close').message, 'Module was abandoned');
__zigar.abandon(); // again: nothing happens
assert.sameValue(__zigar.released(), true);
assert.sameValue(__zigar.stats().libraries, before.libraries - 1, 'closed once');
