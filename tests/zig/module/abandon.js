/*---
description: after __zigar.abandon(), module functions throw "Module was abandoned" (also the fast numeric path)
flags: [module]
---*/
import { __zigar, add, five } from './abandon.zig';
import { thrown } from '../helpers_FIXTURE.js';

for (let i = 0; i < 2000; i++) add(i, 1); // let the fast path warm up
assert.sameValue(add(2, 3), 5);
assert.sameValue(five(), 5);
__zigar.abandon();
const e = thrown(() => add(2, 3), 'add after abandon');
assert(e instanceof Error);
assert.sameValue(e.message, 'Module was abandoned');
assert.sameValue(thrown(() => five(), 'five after abandon').message, 'Module was abandoned');
assert.sameValue(thrown(() => add('x'), 'bad args after abandon').message, 'Module was abandoned', 'checked before the arguments');
