/*---
description: process.hrtime.bigint is monotonic nanoseconds; hrtime() pairs and differences
flags: [module]
---*/
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
assert.sameValue(typeof a, 'bigint');
assert(b >= a);
const t = process.hrtime();
assert.sameValue(t.length, 2);
assert(Number.isInteger(t[0]) && Number.isInteger(t[1]) && t[1] < 1e9);
await new Promise((r) => setTimeout(r, 20));
const d = process.hrtime(t);
assert(d[0] * 1e9 + d[1] >= 15e6, `elapsed ${d}`);
const p0 = performance.now();
assert(p0 > 0 && p0 < 60000, String(p0));
assert(typeof performance.timeOrigin === 'number');
