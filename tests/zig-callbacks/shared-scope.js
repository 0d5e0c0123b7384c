/*---
description: a loop of millions of callbacks with float arguments and results holds a bounded number of V8 handles (the shared handle scope is renewed)
flags: [module]
expected_stdout: |
  sum ok
  growth ok
---*/
import { loopF64 } from './callbacks.zig';

// Each callback makes a handle for its argument and one for its result. Kept
// for the whole call, 3,000,000 callbacks would hold ~48 MB of handles.
const n = 3_000_000;
let early = 0, late = 0;
const sum = loopF64((x) => {
  if (x === 100_000) early = process.memoryUsage().rss;
  else if (x === n - 1) late = process.memoryUsage().rss;
  return x + 0.5;
}, n);
console.log(sum === (n * (n - 1)) / 2 + n * 0.5 ? 'sum ok' : `sum ${sum}`);
const growth = (late - early) / 1048576;
console.log(growth < 16 ? 'growth ok' : `grew ${growth.toFixed(1)} MB`);
