/*---
description: fast path - slice parameters share typed arrays, DataViews and ArrayBuffers (Zig's writes are visible), before and after optimisation; other element types are converted copies
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { sumSlice, fill, count } from './calls.zig?optimize=ReleaseFast';

function hot(values) { return sumSlice(values); }
function hotFill(values, x) { fill(values, x); }
%PrepareFunctionForOptimization(hot);
%PrepareFunctionForOptimization(hotFill);
const a = new Float64Array([1, 2, 3, 4]);
for (let i = 0; i < 5; i++) { hot(a); hotFill(new Float64Array(2), 1); }
%OptimizeFunctionOnNextCall(hot);
%OptimizeFunctionOnNextCall(hotFill);
assert.sameValue(hot(a), 10, 'optimised sum');
for (let i = 0; i < 1000; i++) assert.sameValue(hot(a), 10);

// Zig writes into the caller's memory
const b = new Float64Array(8);
hotFill(b, 2.5);
assert.sameValue(b.join(), '2.5,2.5,2.5,2.5,2.5,2.5,2.5,2.5');
// a subarray: only its elements
const c = new Float64Array(6);
hotFill(c.subarray(2, 4), 7);
assert.sameValue(c.join(), '0,0,7,7,0,0');
// the same array again after its contents changed: new values, same memory
c[0] = 100;
assert.sameValue(hot(c), 114);
// DataView and ArrayBuffer (byte lengths that are multiples of 8)
const buf = new ArrayBuffer(32);
fill(buf, 1);
assert.sameValue(sumSlice(new DataView(buf)), 4);
fill(new DataView(buf, 8, 16), 3);
assert.sameValue(new Float64Array(buf).join(), '1,3,3,1');
// an empty typed array
assert.sameValue(hot(new Float64Array(0)), 0);
// a typed array of another element type is converted: a temporary copy
const i32 = new Int32Array([1, 2, 3]);
assert.sameValue(hot(i32), 6);
fill(i32, 9);
assert.sameValue(i32.join(), '1,2,3', 'changes to a converted copy do not flow back');
// plain arrays are converted too
assert.sameValue(hot([1, 2, 3.5]), 6.5);
// u32 slices from a Uint32Array
assert.sameValue(count(new Uint32Array(5)), 5);
assert.sameValue(count(new Uint32Array(new ArrayBuffer(64), 4, 3)), 3);
