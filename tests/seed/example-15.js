/*---
description: seed example 15 - strings returned by a JS callback are written through the allocator Zig passed
flags: [module]
expected_stdout: |
  first_name = José
  last_name = Canseco
---*/
import { getPlayer } from './memory-example-15.zig';

getPlayer(_ => ({ 
    first_name: 'José',
    last_name: 'Canseco'
}));
