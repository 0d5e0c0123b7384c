/*---
description: an exception escaping a callback in a loop (the frame's shared TryCatch) is reported and the Zig caller panics, as with a TryCatch per call
flags: [module]
expected_signal: 6
expected_stderr_contains: "Error: stop at 50"
---*/
import { loop } from './callbacks.zig';

loop((i) => {
  if (i === 50) throw new Error('stop at 50');
  return i;
}, 100);
console.log('not reached');
