/*---
description: seed example 9 - primitives passed from Zig to a JS callback stay primitives
flags: [module]
expected_stdout: |
  boolean
  number
---*/
import { call } from './memory-example-9.zig';

call((arg1, arg2) => {
    console.log(typeof arg1);
    console.log(typeof arg2);
});
