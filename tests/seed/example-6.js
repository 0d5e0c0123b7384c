/*---
description: seed example 6 - a pointer to a var points into .data; writing through typedArray is seen by Zig
flags: [module]
expected_stdout: |
  Hello
  {ello
---*/
import { print, returnString } from './memory-example-6.zig';

print();
const { typedArray } = returnString();
typedArray[0] = 123;
print();
