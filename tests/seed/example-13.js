/*---
description: seed example 13 - primitives returned by JS callbacks reach Zig as primitives
flags: [module]
expected_stdout: |
  bool = false
  int = 1234
---*/
import { getBool, getInt } from './memory-example-13.zig';

getBool(_ => false);
getInt(_ => 1234);
