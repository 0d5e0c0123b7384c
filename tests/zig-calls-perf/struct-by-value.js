/*---
description: fast path - a struct passed by value is a copy (Zig's changes do not reach the caller), plain objects still work, sizes that are not a multiple of 4
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { Point, Bytes3, sumPoint, moved, sumBytes3, mix } from './calls.zig?optimize=ReleaseFast';

const p = new Point({ x: 1.5, y: 2.5 });
function hot(v) { return sumPoint(v); }
%PrepareFunctionForOptimization(hot);
for (let i = 0; i < 5; i++) hot(p);
%OptimizeFunctionOnNextCall(hot);
assert.sameValue(hot(p), 4);
for (let i = 0; i < 1000; i++) assert.sameValue(hot(p), 4);
p.x = 10;
assert.sameValue(hot(p), 12.5, 'the current bytes are passed');
assert.sameValue(hot({ x: 1, y: 2 }), 3, 'a plain object');

const q = moved(p, 5);
assert.sameValue(q.x, 15);
assert.sameValue(p.x, 10, 'the argument is a copy');
assert.notSameValue(q, p);
const r = moved(p, 1);
assert.sameValue(q.x, 15, 'returned objects do not share the argument struct');
assert.sameValue(r.x, 11);

const b = new Bytes3({ a: 1, b: 2, c: 250 });
for (let i = 0; i < 100; i++) assert.sameValue(sumBytes3(b), 253);

const other = new Point({ x: 3, y: 4 });
assert.sameValue(mix(1, p, new Float64Array([1, 1]), other, true), 1 + 12.5 + 7 + 2);
assert.sameValue(mix(1, p, [1, 1], { x: 3, y: 4 }, false), -(1 + 12.5 + 7 + 2));
