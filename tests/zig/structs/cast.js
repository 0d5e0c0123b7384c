/*---
description: Struct(buffer) casts share memory, the same view twice gives the same object, size mismatch names both sizes
flags: [module]
---*/
import { Point, sumPoint, swapPoint, __zigar } from './structs.zig';

assert.sameValue(__zigar.sizeOf(Point), 8);
const ab = new ArrayBuffer(8);
const i32 = new Int32Array(ab);
i32[0] = 2; i32[1] = 3;
const p = Point(ab);
assert.sameValue(sumPoint(p), 5);
swapPoint(p);
assert.sameValue(i32[0], 3, 'Zig wrote into the cast buffer');
const dv = new DataView(ab);
assert.sameValue(Point(dv), Point(dv), 'the same DataView cast twice');
const p2 = Point(new Int32Array(ab));
assert.sameValue(p2.x, 3, 'a cast of a typed array');
const q = new Point({ x: 1, y: 1 });
let e;
try { Point(new ArrayBuffer(7)); } catch (err) { e = err; }
assert(e instanceof TypeError);
assert.sameValue(e.message, 'Point has 8 bytes, received 7');
