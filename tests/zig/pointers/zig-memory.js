/*---
description: pointers returned into Zig memory read and write Zig variables live; one address and type give one object; const targets are read-only
flags: [module]
---*/
import { globalPtr, globalValue, pointPtr, pointValue, constPtr, ptrToPtr, PtrI32 } from './pointers.zig';

const p = globalPtr();
assert.sameValue(p['*'], 42);
p['*'] = 43;
assert.sameValue(globalValue(), 43, 'Zig sees the write');
assert.sameValue(globalPtr()['*'], 43);
const pp = pointPtr();
assert.sameValue(pp.x, 1, 'auto-dereference p.x');
pp.y = 20;
assert.sameValue(pointValue().y, 20);
assert.sameValue(pointPtr()['*'], pp['*'], 'same address and type -> same target object');
const c = constPtr();
assert.sameValue(c['*'], 7);
let e;
try { c['*'] = 8; } catch (err) { e = err; }
assert(e instanceof TypeError, 'write through *const');
assert.sameValue(e.message, 'Unable to modify read-only object');
ptrToPtr(globalPtr());
assert.sameValue(globalValue(), 143, '**i32 given a *i32 data object');
