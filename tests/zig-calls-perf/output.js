/*---
description: fast path - Zig output of a hot function with a slice parameter still reaches the current console.log, every line, after optimisation (ReleaseFast)
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { show } from './print.zig?optimize=ReleaseFast';

const values = new Float64Array(3);
function hot(v) { show(v); }
%PrepareFunctionForOptimization(hot);
const log = console.log;
let lines = 0, last = '';
console.log = (s) => { lines++; last = s; };
for (let i = 0; i < 5; i++) hot(values);
%OptimizeFunctionOnNextCall(hot);
for (let i = 0; i < 20000; i++) hot(values);
console.log = log;
assert.sameValue(lines, 20005);
assert.sameValue(last, 'n=3');
