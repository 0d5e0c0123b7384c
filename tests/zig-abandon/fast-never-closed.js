/*---
description: a ReleaseFast module whose functions have V8 Fast API entries (their addresses compiled into optimised code) is abandoned but never closed - its calls throw, stats().libraries keeps it (while a Debug module abandoned with it is closed), and a call site optimised with the fast entry throws too
flags: [module]
zigar_flags: [--expose-gc, '--v8-flags=--allow-natives-syntax']
---*/
import { addI32, __zigar } from './abandon_fast.zig?optimize=ReleaseFast';
import { add, __zigar as debugZigar } from './abandon_functions.zig';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const LIB = '/modules/abandon_fast-';

function f(a, b) { return addI32(a, b); }
%PrepareFunctionForOptimization(f);
for (let i = 0; i < 5; i++) f(i, 1);
%OptimizeFunctionOnNextCall(f);
assert.sameValue(f(1, 2), 3);
assert.sameValue(add(1, 2), 3);
const before = __zigar.stats();
assert.sameValue(typeof before.libraries, 'number');

__zigar.abandon();
debugZigar.abandon();
assert.sameValue(thrown(() => addI32(1, 2), 'call after abandon').message, 'Module was abandoned');
gc();
await wait(0);
await wait(50);
const after = __zigar.stats();
assert.sameValue(after.modules, before.modules - 2, 'both abandoned');
assert.sameValue(after.libraries, before.libraries - 1, 'only the Debug one closed');
assert.sameValue(mapped(LIB), true, 'the ReleaseFast library is still mapped');
assert.sameValue(mapped('/modules/abandon_functions-'), false, 'the Debug library is not');
// Optimised code called the fast entry straight (no check on that path);
// abandon() replaced the binding it loads, so that code deoptimises and
// throws like any other call.
assert.sameValue(thrown(() => f(3, 4), 'optimised call after abandon').message, 'Module was abandoned');
