/*---
description: two imports that load the same library file (the same options spelled differently) share it - abandoning one leaves it open for the other, abandoning both closes it
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { add, __zigar as one } from './abandon_functions.zig';
import { add as add2, __zigar as two } from './abandon_functions.zig?optimize=Debug';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
const LIB = '/modules/abandon_functions-';

assert.sameValue(add(1, 2), 3);
assert.sameValue(add2(2, 3), 5);
const before = one.stats().libraries;
assert.sameValue(typeof before, 'number');

one.abandon();
gc();
await tick();
assert.sameValue(one.stats().libraries, before, 'still used by the other import');
assert.sameValue(mapped(LIB), true);
assert.sameValue(thrown(() => add(1, 2), 'the abandoned one').message, 'Module was abandoned');
assert.sameValue(add2(3, 4), 7, 'the other one still works');

two.abandon();
gc();
await tick();
assert.sameValue(one.stats().libraries, before - 1, 'closed (one file, counted once)');
assert.sameValue(mapped(LIB), false);
