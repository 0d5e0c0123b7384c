/*---
description: memory from the JS allocator made while callbacks run in a loop stays alive until the Zig call returns, through garbage collections
flags: [module]
zigar_flags: [--expose-gc]
expected_stdout: |
  65,66,67,68,69,70,71,72
---*/
import { allocAround } from './callbacks.zig';

// 800 callbacks (the shared handle scope is renewed a dozen times); a block
// of 4096 bytes every 100th, filled with 65 + its number; a collection every
// 25 callbacks, and fresh garbage, so a block nobody kept would be reused.
const n = 800;
const result = allocAround((i) => {
  if (i % 25 === 0) globalThis.gc();
  const junk = [];
  for (let k = 0; k < 20; k++) junk.push(new ArrayBuffer(4096));
  return 65 + Math.floor(i / 100);
}, n);
console.log([...result.typedArray].join(","));
