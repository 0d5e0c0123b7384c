/*---
description: pointer objects - p['*'] is the target (value for primitives), p.$ = x re-aims the pointer, valueOf is the target's, a pointer struct field
flags: [module]
---*/
import { PtrI32, ConstPtrI32, Point, read, inc } from './pointers.zig';

const a = new Int32Array([1]);
const b = new Int32Array([2]);
const p = new PtrI32(a);
assert.sameValue(p['*'], 1);
assert.sameValue(p.valueOf(), 1, 'valueOf of a pointer is its target value');
p['*'] = 10;
assert.sameValue(a[0], 10, "p['*'] = v writes the target");
p.$ = b;
assert.sameValue(p['*'], 2, 'p.$ = x re-aims');
inc(p);
assert.sameValue(b[0], 3);
assert.sameValue(a[0], 10);
assert.sameValue(PtrI32.name, '*i32');
assert.sameValue(ConstPtrI32.name, '*const i32');
const c = new ConstPtrI32(b);
assert.sameValue(read(c), 3);
let e;
try { c['*'] = 5; } catch (x) { e = x; }
assert(e instanceof TypeError, 'writing through *const');
assert.sameValue(e.message, 'Unable to modify read-only object');
assert.throws(TypeError, () => new PtrI32(null), 'a non-optional pointer cannot be null');
