/*---
description: bool as argument and return value
flags: [module]
---*/
import { echoBool, notBool, secondBool, count } from './bool.zig';

assert.sameValue(echoBool(true), true);
assert.sameValue(echoBool(false), false);
assert.sameValue(notBool(true), false);
assert.sameValue(notBool(false), true);
assert.sameValue(secondBool(1, true), true);
assert.sameValue(typeof echoBool(true), 'boolean');
assert.sameValue(count(true, false, true), 2);
assert.sameValue(count(false, false, false), 0);
assert.sameValue(echoBool.length, 1);
assert.sameValue(count.length, 3);
