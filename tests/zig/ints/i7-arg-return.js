/*---
description: i7 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI7, secondI7, maxI7, minI7, isMaxI7 } from './ints.zig';

assert.sameValue(maxI7(), 63, 'maxI7()');
assert.sameValue(typeof maxI7(), 'number', 'typeof maxI7()');
assert.sameValue(minI7(), -64, 'minI7()');
assert.sameValue(isMaxI7(63), true, 'isMaxI7(max)');
assert.sameValue(isMaxI7(-64), false, 'isMaxI7(min)');
assert.sameValue(echoI7(-64), -64, 'echoI7(-64)');
assert.sameValue(secondI7(false, -64), -64, 'secondI7(false, -64)');
assert.sameValue(echoI7(-32), -32, 'echoI7(-32)');
assert.sameValue(secondI7(false, -32), -32, 'secondI7(false, -32)');
assert.sameValue(echoI7(-1), -1, 'echoI7(-1)');
assert.sameValue(secondI7(false, -1), -1, 'secondI7(false, -1)');
assert.sameValue(echoI7(0), 0, 'echoI7(0)');
assert.sameValue(secondI7(false, 0), 0, 'secondI7(false, 0)');
assert.sameValue(echoI7(1), 1, 'echoI7(1)');
assert.sameValue(secondI7(false, 1), 1, 'secondI7(false, 1)');
assert.sameValue(echoI7(63), 63, 'echoI7(63)');
assert.sameValue(secondI7(false, 63), 63, 'secondI7(false, 63)');
assert.sameValue(echoI7(63n), 63, 'a bigint is accepted for i7');
assert.sameValue(echoI7.length, 1, 'length');
assert.sameValue(echoI7.name, 'echoI7', 'name');
