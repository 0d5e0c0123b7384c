/*---
description: u32 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU32, secondU32, maxU32, minU32, isMaxU32 } from './ints.zig';

assert.sameValue(maxU32(), 4294967295, 'maxU32()');
assert.sameValue(typeof maxU32(), 'number', 'typeof maxU32()');
assert.sameValue(minU32(), 0, 'minU32()');
assert.sameValue(isMaxU32(4294967295), true, 'isMaxU32(max)');
assert.sameValue(isMaxU32(0), false, 'isMaxU32(min)');
assert.sameValue(echoU32(0), 0, 'echoU32(0)');
assert.sameValue(secondU32(false, 0), 0, 'secondU32(false, 0)');
assert.sameValue(echoU32(1), 1, 'echoU32(1)');
assert.sameValue(secondU32(false, 1), 1, 'secondU32(false, 1)');
assert.sameValue(echoU32(2147483647), 2147483647, 'echoU32(2147483647)');
assert.sameValue(secondU32(false, 2147483647), 2147483647, 'secondU32(false, 2147483647)');
assert.sameValue(echoU32(4294967294), 4294967294, 'echoU32(4294967294)');
assert.sameValue(secondU32(false, 4294967294), 4294967294, 'secondU32(false, 4294967294)');
assert.sameValue(echoU32(4294967295), 4294967295, 'echoU32(4294967295)');
assert.sameValue(secondU32(false, 4294967295), 4294967295, 'secondU32(false, 4294967295)');
assert.sameValue(echoU32(4294967295n), 4294967295, 'a bigint is accepted for u32');
assert.sameValue(echoU32.length, 1, 'length');
assert.sameValue(echoU32.name, 'echoU32', 'name');
