/*---
description: std.mem.Allocator parameters are left out of the JS call (in any position); what Zig allocates is JS memory (no Symbol(zig)), aligned for the type
flags: [module]
includes: [compareArray.js]
---*/
import { dupe, repeat, points, squares, boxed, join } from './alloc.zig';

assert.sameValue(dupe.length, 1);
assert.sameValue(repeat.length, 2, 'allocator in the middle');
const d = dupe('hello');
assert.sameValue(d.string, 'hello');
const syms = Object.getOwnPropertySymbols(d.dataView).map(String);
assert(!syms.includes('Symbol(zig)'), 'JS memory carries no Symbol(zig)');
d[0] = 72;
assert.sameValue(d.string, 'Hello', 'mutable');
assert.sameValue(repeat('ab', 3).string, 'ababab');
assert.sameValue(repeat('ab', 0).length, 0);
const p = points(4);
assert.sameValue(p.length, 4);
assert.sameValue(p[3].y, 9);
assert.sameValue(JSON.stringify(p.valueOf()), '[{"x":0,"y":0},{"x":1,"y":1},{"x":2,"y":4},{"x":3,"y":9}]');
const s = squares(5);
assert.compareArray(s.valueOf(), [0n, 1n, 4n, 9n, 16n]);
assert.sameValue(s.dataView.byteOffset % 8, 0, 'aligned for u64');
assert.sameValue(boxed(7)['*'], 7);
assert.sameValue(join('a', 'b').string, 'a+b');
assert.throws(TypeError, () => dupe(), 'Expecting 1 argument, received 0');
let e;
try { dupe('a', 'b'); } catch (x) { e = x; }
assert(e instanceof TypeError);
assert.sameValue(e.message, 'Expecting 1 argument, received 2');
