/*---
description: memory made for JS is freed by the GC - 1,000,000 Zig objects and allocator-backed strings peak under 1.5x the RSS of 100,000
flags: [module]
timeout: 300
---*/
import { Point, makePoint, makeString } from './objects.zig';

function churn(count) {
  let check = 0;
  for (let i = 0; i < count; i++) {
    const p = new Point({ x: i, y: 1 });
    const q = makePoint(p.x, p.y);
    const s = makeString(i);
    check += q.x + s.length;
  }
  return check;
}

churn(100000);
const peakSmall = process.resourceUsage().maxRSS;
churn(1000000);
const peakLarge = process.resourceUsage().maxRSS;
assert(peakLarge < peakSmall * 1.5,
  `peak RSS grew from ${peakSmall} KiB (100,000) to ${peakLarge} KiB (1,000,000): memory is not being freed`);
