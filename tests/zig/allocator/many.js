/*---
description: many allocations from the JS allocator survive garbage collection while referenced
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { dupe, points } from './alloc.zig';

const kept = [];
for (let i = 0; i < 2000; i++) {
  const s = dupe(`item ${i}`);
  if (i % 100 === 0) kept.push([i, s]);
  points(3);
}
globalThis.gc();
for (const [i, s] of kept) assert.sameValue(s.string, `item ${i}`);
