/*---
description: seed example 14 - a plain object returned by a JS callback becomes a Zig struct
flags: [module]
expected_stdout: |
  point = .{ .x = 1.5, .y = 2 }
---*/
// The seed, written with Zig 0.14, shows `point = memory-example-14.Point{ .x = 1.5e0, .y = 2e0 }`.
// zigar-run uses Zig 0.15, whose `{}` (= `{any}`) prints structs as `.{ .x = 1.5, .y = 2 }`:
// without the type name and with floats in decimal. That line is Zig's own formatting of the
// value the callback returned, so the 0.15 text is what is expected here.
import { getPoint } from './memory-example-14.zig';

getPoint(_ => ({ x: 1.5, y: 2.0 }));
