/*---
description: '*i32 / *const i32 / *Point parameters: a data object is shared (Zig writes visible), a plain value is a temporary'
flags: [module]
---*/
import { inc, secondInc, read, incU64, movePoint, readPoint, PtrI32, Point } from './pointers.zig';
import * as m from './pointers.zig';

const target = new Int32Array([5]);
const ptr = new PtrI32(target);
inc(ptr);
assert.sameValue(target[0], 6, 'a pointer made from an Int32Array shares it');
assert.sameValue(ptr['*'], 6);
secondInc(10, ptr);
assert.sameValue(ptr['*'], 16);
assert.sameValue(read(ptr), 16);
assert.sameValue(read(5), 5, 'a plain number for *const i32');
inc(5); // a temporary; nothing to observe, must not throw
const p = new Point({ x: 1, y: 2 });
movePoint(p, 5);
assert.sameValue(p.x, 6, 'a struct data object is passed by reference');
assert.sameValue(readPoint(p), 62);
assert.sameValue(readPoint({ x: 0, y: 3 }), 3);
const q = { x: 1, y: 1 };
movePoint(q, 5);
assert.sameValue(q.x, 1, 'a plain object is a temporary');
const big = new BigUint64Array([2n ** 64n - 1n]);
incU64(big);
assert.sameValue(big[0], 0n);
