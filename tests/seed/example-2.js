/*---
description: seed example 2 - a Promise parameter keeps the text alive while another thread prints it and resolves (Zig's stderr from another thread goes straight to fd 2)
flags: [module]
expected_stderr_contains: "Hello world"
---*/
import { print } from './memory-example-2.zig';

await print('Hello world');
