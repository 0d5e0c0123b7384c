/*---
description: process.memoryUsage reports rss and V8 heap numbers that move with allocation
flags: [module]
---*/
const m = process.memoryUsage();
for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.sameValue(typeof m[k], 'number', k);
}
assert(m.rss > 10 * 1024 * 1024, `rss ${m.rss}`);
assert(m.heapUsed > 0 && m.heapUsed <= m.heapTotal);
const keep = [];
for (let i = 0; i < 200000; i++) keep.push({ i });
assert(process.memoryUsage().heapUsed > m.heapUsed);
assert.sameValue(typeof process.memoryUsage.rss(), 'number');
