/*---
description: seed example 2 - a Promise parameter keeps the text alive while another thread prints it and resolves (the other thread's std.debug.print reaches console.log, before the promise settles)
flags: [module]
expected_stdout: |
  Hello world
---*/
import { print } from './memory-example-2.zig';

await print('Hello world');
