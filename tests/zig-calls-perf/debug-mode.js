/*---
description: fast path in a Debug build (its library can print, so calls go through the classic invoker with output redirection) - sharing, copies and printing
flags: [module]
---*/
import { Point, sumPoint, moved, fill, sumSlice, scale } from './calls.zig';

const p = new Point({ x: 1, y: 2 });
const values = new Float64Array(4);
for (let i = 0; i < 3000; i++) {
  fill(values, i);
  assert.sameValue(sumSlice(values), 4 * i);
  assert.sameValue(sumPoint(p), 3);
  scale(p, 1);
}
const q = moved(p, 1);
assert.sameValue(q.x, 2);
assert.sameValue(p.x, 1);
