/*---
description: a callback whose result type is no error union and that throws is reported, and the Zig caller panics "JavaScript function failed"
flags: [module]
expected_signal: 6
expected_stderr_contains: "TypeError: fn () []const u8 returns []const u8 into JavaScript memory: the function type needs an std.mem.Allocator parameter"
---*/
import { noAllocator } from './callbacks.zig';

noAllocator(() => 'text');
