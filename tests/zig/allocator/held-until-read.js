/*---
description: a slice returned in memory from the JS allocator is still that memory when the result is read, whatever the garbage collector does in between (the call's buffers are held until then)
flags: [module]
timeout: 120
zigar_flags: ['--v8-flags=--max-semi-space-size=1 --min-semi-space-size=1']
expected_stdout: |
  200000 calls, 0 results overwritten
---*/
import { dupe } from './alloc.zig';

// Each result is checked again while the next ones are made: had a buffer
// been collected before the result was mapped onto it, its memory would have
// been freed and handed to a later call (another "item …" in it). A
// collection lands in that window once in ~100,000 calls here.
const N = 200000;
const recent = [];
let overwritten = 0;
for (let i = 0; i < N; i++) {
  recent.push([i, dupe(`item ${i}`)]);
  if (recent.length > 50) recent.shift();
  if (i % 500 === 0) {
    for (const [k, s] of recent) if (s.string !== `item ${k}`) overwritten++;
  }
}
for (const [k, s] of recent) if (s.string !== `item ${k}`) overwritten++;
console.log(`${N} calls, ${overwritten} results overwritten`);
