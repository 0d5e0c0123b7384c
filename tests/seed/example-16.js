/*---
description: seed example 16 - with a StackFallbackAllocator, JS writes the strings into Zig's stack
flags: [module]
expected_stdout: |
  first_name = Rickey
  last_name = Henderson
  buffer = RickeyHender
---*/
import { getPlayer } from './memory-example-16.zig';

getPlayer(_ => ({ 
    first_name: 'Rickey',
    last_name: 'Henderson'
}));
