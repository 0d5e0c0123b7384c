/*---
description: std.debug.print output reaches console.log synchronously, a line at a time, interleaved exactly with JS output
flags: [module]
expected_stdout: |
  js 1
  zig says 1
  js 2
  zig says 2
  line 1
  line 2
  js 3
---*/
import { hello, twoLines } from './output.zig';

console.log('js 1');
hello(1);
console.log('js 2');
hello(2);
twoLines();
console.log('js 3');
