/*---
description: fast path - calls with numbers, structs by value, typed-array slices and pointers allocate nothing on the JS heap
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { Point, sumPoint, sumSlice, fill, scale, mix } from './calls.zig?optimize=ReleaseFast';

const p = new Point({ x: 1, y: 2 });
const values = new Float64Array(16).fill(1);
function run(n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += sumPoint(p) + sumSlice(values) + mix(1, p, values, p, true);
    fill(values, 1);
    scale(p, 1);
  }
  return t;
}
run(200000); // warm up: optimise
gc();
const before = process.memoryUsage().heapUsed;
const total = run(200000);
const grown = process.memoryUsage().heapUsed - before;
assert.sameValue(total, 200000 * (3 + 16 + 1 + 3 + 16 + 3));
// 1,000,000 calls; a single allocated object per call would be tens of MB
assert(grown < 1024 * 1024, `heapUsed grew by ${grown} bytes over 1,000,000 calls`);
