/*---
description: 4 Zig threads x 25,000 blocking calls into JS that each return a value - every call seen once, in order per thread, every result right, the sum right
flags: [module]
timeout: 60
expected_stdout: |
  449976n true true true
---*/
import { stress } from './threads.zig';

const THREADS = 4, CALLS = 25000;
const next = new Array(THREADS).fill(0);
let outOfOrder = 0;
const total = await stress((id, seq) => {
    if (next[id] !== seq) outOfOrder++;
    next[id] = seq + 1;
    return seq % 7 + id;
}, THREADS, CALLS);
let expected = 0n;
for (let id = 0; id < THREADS; id++) for (let s = 0; s < CALLS; s++) expected += BigInt(s % 7 + id);
console.log(total, total === expected, outOfOrder === 0, next.every((n) => n === CALLS));
