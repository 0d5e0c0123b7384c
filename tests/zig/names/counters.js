/*---
description: counter names are handed out in declaration order, starting at S0, whatever class JS touches first
flags: [module]
---*/
import { anon2, anon1 } from './names.zig';

// touch the second one first
assert.sameValue(anon2().constructor.name, 'S1');
assert.sameValue(anon1().constructor.name, 'S0');
