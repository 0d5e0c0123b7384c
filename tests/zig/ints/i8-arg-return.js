/*---
description: i8 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI8, secondI8, maxI8, minI8, isMaxI8 } from './ints.zig';

assert.sameValue(maxI8(), 127, 'maxI8()');
assert.sameValue(typeof maxI8(), 'number', 'typeof maxI8()');
assert.sameValue(minI8(), -128, 'minI8()');
assert.sameValue(isMaxI8(127), true, 'isMaxI8(max)');
assert.sameValue(isMaxI8(-128), false, 'isMaxI8(min)');
assert.sameValue(echoI8(-128), -128, 'echoI8(-128)');
assert.sameValue(secondI8(false, -128), -128, 'secondI8(false, -128)');
assert.sameValue(echoI8(-64), -64, 'echoI8(-64)');
assert.sameValue(secondI8(false, -64), -64, 'secondI8(false, -64)');
assert.sameValue(echoI8(-1), -1, 'echoI8(-1)');
assert.sameValue(secondI8(false, -1), -1, 'secondI8(false, -1)');
assert.sameValue(echoI8(0), 0, 'echoI8(0)');
assert.sameValue(secondI8(false, 0), 0, 'secondI8(false, 0)');
assert.sameValue(echoI8(1), 1, 'echoI8(1)');
assert.sameValue(secondI8(false, 1), 1, 'secondI8(false, 1)');
assert.sameValue(echoI8(127), 127, 'echoI8(127)');
assert.sameValue(secondI8(false, 127), 127, 'secondI8(false, 127)');
assert.sameValue(echoI8(127n), 127, 'a bigint is accepted for i8');
assert.sameValue(echoI8.length, 1, 'length');
assert.sameValue(echoI8.name, 'echoI8', 'name');
