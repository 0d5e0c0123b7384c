/*---
description: seed example 7b - after Zig frees the memory, reading it is a TypeError that says so, not a crash or garbage (the runtime sees Zig unmap it and detaches the views)
flags: [module]
expected_exit: 1
expected_stderr_contains: "is no longer valid: Zig freed it while JavaScript still held a view of it"
---*/
import { returnString, freeString } from './memory-example-7.zig';

const s = returnString();
freeString(s);
console.log(s.string);
