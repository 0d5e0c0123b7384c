/*---
description: i32 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI32, secondI32, maxI32, minI32, isMaxI32 } from './ints.zig';

assert.sameValue(maxI32(), 2147483647, 'maxI32()');
assert.sameValue(typeof maxI32(), 'number', 'typeof maxI32()');
assert.sameValue(minI32(), -2147483648, 'minI32()');
assert.sameValue(isMaxI32(2147483647), true, 'isMaxI32(max)');
assert.sameValue(isMaxI32(-2147483648), false, 'isMaxI32(min)');
assert.sameValue(echoI32(-2147483648), -2147483648, 'echoI32(-2147483648)');
assert.sameValue(secondI32(false, -2147483648), -2147483648, 'secondI32(false, -2147483648)');
assert.sameValue(echoI32(-1073741824), -1073741824, 'echoI32(-1073741824)');
assert.sameValue(secondI32(false, -1073741824), -1073741824, 'secondI32(false, -1073741824)');
assert.sameValue(echoI32(-1), -1, 'echoI32(-1)');
assert.sameValue(secondI32(false, -1), -1, 'secondI32(false, -1)');
assert.sameValue(echoI32(0), 0, 'echoI32(0)');
assert.sameValue(secondI32(false, 0), 0, 'secondI32(false, 0)');
assert.sameValue(echoI32(1), 1, 'echoI32(1)');
assert.sameValue(secondI32(false, 1), 1, 'secondI32(false, 1)');
assert.sameValue(echoI32(2147483647), 2147483647, 'echoI32(2147483647)');
assert.sameValue(secondI32(false, 2147483647), 2147483647, 'secondI32(false, 2147483647)');
assert.sameValue(echoI32(2147483647n), 2147483647, 'a bigint is accepted for i32');
assert.sameValue(echoI32.length, 1, 'length');
assert.sameValue(echoI32.name, 'echoI32', 'name');
