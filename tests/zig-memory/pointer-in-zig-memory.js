/*---
description: a pointer that lives in Zig memory cannot be aimed at JS (garbage-collected) memory; Zig memory targets are fine
flags: [module]
---*/
import mod, { Point, readX } from './holder.zig';

assert.sameValue(readX(), 7);
const js = new Point({ x: 3 });
assert.throws(TypeError, () => { mod.holder.p = js; });
try {
  mod.holder.p = js;
} catch (e) {
  assert.sameValue(e.message, 'Pointers in Zig memory cannot point to garbage-collected object');
}
assert.sameValue(readX(), 7, 'the Zig pointer is unchanged');
mod.holder.p.x = 11; // writing through the pointer into Zig memory is fine
assert.sameValue(readX(), 11);
