/*---
description: 10,000 concurrent promises resolved by 4 Zig worker threads (non-blocking settles from other threads)
flags: [module]
timeout: 60
expected_stdout: |
  10000 true
  { uses: 0, pendingPromises: 0 }
---*/
import { __zigar, startWorkers, stopWorkers, double } from './threads.zig';

startWorkers(4);
const promises = [];
for (let i = 0; i < 10000; i++) promises.push(double(i));
const results = await Promise.all(promises);
stopWorkers();
console.log(results.length, results.every((v, i) => v === i * 2));
const { threadUses, pendingPromises } = __zigar.stats();
console.log({ uses: threadUses, pendingPromises });
