/*---
description: fast path - pointer parameters share a data object's memory; misaligned objects still take the general path (copied in and out)
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { Point, scale, norm1, fill, sumSlice } from './calls.zig?optimize=ReleaseFast';
import { thrown } from '../zig/helpers_FIXTURE.js';

const p = new Point({ x: 1, y: -2 });
function hot(v, k) { scale(v, k); }
%PrepareFunctionForOptimization(hot);
for (let i = 0; i < 5; i++) hot(p, 1);
%OptimizeFunctionOnNextCall(hot);
hot(p, 3);
assert.sameValue(p.x, 3, 'Zig wrote through the pointer');
assert.sameValue(p.y, -6);
assert.sameValue(norm1(p), 9);

// a plain object for a pointer: a temporary, changes do not flow back
const plain = { x: 1, y: 1 };
scale(plain, 5);
assert.sameValue(plain.x, 1);

// misaligned (seed example 1c): an aligned copy, copied back after the call
const buffer = new ArrayBuffer(17);
const m = Point(new DataView(buffer, 1, 16));
m.x = 2;
m.y = 4;
for (let i = 0; i < 3; i++) hot(m, 2);
assert.sameValue(m.x, 16);
assert.sameValue(m.y, 32);
assert.sameValue(norm1(m), 48);

// a misaligned slice is copied in and out too
const sbuf = new ArrayBuffer(20);
const sview = new DataView(sbuf, 4, 16);
fill(sview, 1.25);
assert.sameValue(sview.getFloat64(0, true), 1.25);
assert.sameValue(sview.getFloat64(8, true), 1.25);
assert.sameValue(sumSlice(sview), 2.5);

// not a data object of the target class
const e = thrown(() => scale(Point, 1), 'a class for *Point');
assert(e instanceof TypeError, 'TypeError for a class');
assert(/^args\[0\]: /.test(e.message), e.message);
