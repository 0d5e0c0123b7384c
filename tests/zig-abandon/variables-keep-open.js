/*---
description: a module with a pub var is abandoned but never closed - the namespace's accessor may view the variable at any time - while a functions-only module abandoned with it is closed; the variable still reads and writes
flags: [module]
zigar_flags: [--expose-gc]
---*/
import vars, { next, __zigar } from './abandon_var.zig';
import { add, __zigar as fnsZigar } from './abandon_functions.zig';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

assert.sameValue(next(), 6);
assert.sameValue(add(1, 2), 3);
const before = __zigar.stats().libraries;
assert.sameValue(typeof before, 'number');
__zigar.abandon();
fnsZigar.abandon();
gc();
await tick();
assert.sameValue(__zigar.stats().libraries, before - 1, 'only the functions-only module was closed');
assert.sameValue(mapped('/modules/abandon_var-'), true);
assert.sameValue(mapped('/modules/abandon_functions-'), false);
assert.sameValue(thrown(() => next(), 'next after abandon').message, 'Module was abandoned');
assert.sameValue(vars.counter, 6);
vars.counter = 9;
assert.sameValue(vars.counter, 9);
