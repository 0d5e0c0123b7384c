/*---
description: results that need memory are written through the allocator the callback receives (and Zig frees them); without one, the callback fails
flags: [module]
expected_stdout: |
  SHOUT!
  SHOUT!
---*/
import { upper } from './callbacks.zig';

upper((s) => s.string.toUpperCase() + '!');
// a Zig data object is copied too (its bytes are JS memory)
upper((s) => new Uint8Array([83, 72, 79, 85, 84, 33]));
