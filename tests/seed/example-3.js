/*---
description: seed example 3 - primitives come back as JS primitives
flags: [module]
expected_stdout: |
  boolean
  number
---*/
import { returnBool, returnInt } from './memory-example-3.zig';

console.log(typeof returnBool());
console.log(typeof returnInt());
