/*---
description: seed example 12 - after the first await the Zig function that owned the stack variable has returned; reading the stale view throws instead of showing garbage, and the rejection is reported
flags: [module]
expected_stdout: |
  { x: 1.5, y: 2.5 }
expected_stderr_contains: "TypeError: Zig stack memory is no longer valid: the Zig function that owned it has returned"
expected_exit: 1
---*/
import { call } from './memory-example-12.zig';

call(async (ptr) => {
    const point = ptr['*'];
    console.log(point.valueOf());
    await Promise.resolve();
    console.log(point.valueOf());
});
