/*---
description: an optimised call site (V8 Fast API straight into Zig) still throws "Module was abandoned" after __zigar.abandon()
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { addI32, count, __zigar } from './fast.zig';
import { thrown } from '../helpers_FIXTURE.js';

function f(a, b) { return addI32(a, b); }
function g() { return count(); }
%PrepareFunctionForOptimization(f);
%PrepareFunctionForOptimization(g);
for (let i = 0; i < 5; i++) { f(i, 1); g(); }
%OptimizeFunctionOnNextCall(f);
%OptimizeFunctionOnNextCall(g);
assert.sameValue(f(1, 2), 3);
assert.sameValue(g(), 6);
__zigar.abandon();
assert.sameValue(thrown(() => f(1, 2), 'f after abandon').message, 'Module was abandoned');
assert.sameValue(thrown(() => g(), 'g after abandon').message, 'Module was abandoned');
