/*---
description: fast path - a call made while the same function converts its arguments (a getter calling it) gets a struct of its own; both results are right
flags: [module]
---*/
import { Point, sumPoint, sumSlice, mix } from './calls.zig?optimize=ReleaseFast';

const p = new Point({ x: 1, y: 2 });
const values = new Float64Array([1, 2, 3]);
for (let i = 0; i < 2000; i++) {
  const outer = sumPoint({ get x() { return sumPoint(p) + sumSlice(values); }, y: 10 });
  assert.sameValue(outer, 3 + 6 + 10);
  const nested = mix(1, { x: sumPoint(p), get y() { return mix(2, p, values, p, true); } }, values, p, true);
  // inner mix: 2 + 3 + 6 + 3 = 14; outer: 1 + (3 + 14) + 6 + 3 = 27
  assert.sameValue(nested, 27);
}
