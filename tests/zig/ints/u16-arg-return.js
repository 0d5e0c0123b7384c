/*---
description: u16 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU16, secondU16, maxU16, minU16, isMaxU16 } from './ints.zig';

assert.sameValue(maxU16(), 65535, 'maxU16()');
assert.sameValue(typeof maxU16(), 'number', 'typeof maxU16()');
assert.sameValue(minU16(), 0, 'minU16()');
assert.sameValue(isMaxU16(65535), true, 'isMaxU16(max)');
assert.sameValue(isMaxU16(0), false, 'isMaxU16(min)');
assert.sameValue(echoU16(0), 0, 'echoU16(0)');
assert.sameValue(secondU16(false, 0), 0, 'secondU16(false, 0)');
assert.sameValue(echoU16(1), 1, 'echoU16(1)');
assert.sameValue(secondU16(false, 1), 1, 'secondU16(false, 1)');
assert.sameValue(echoU16(32767), 32767, 'echoU16(32767)');
assert.sameValue(secondU16(false, 32767), 32767, 'secondU16(false, 32767)');
assert.sameValue(echoU16(65534), 65534, 'echoU16(65534)');
assert.sameValue(secondU16(false, 65534), 65534, 'secondU16(false, 65534)');
assert.sameValue(echoU16(65535), 65535, 'echoU16(65535)');
assert.sameValue(secondU16(false, 65535), 65535, 'secondU16(false, 65535)');
assert.sameValue(echoU16(65535n), 65535, 'a bigint is accepted for u16');
assert.sameValue(echoU16.length, 1, 'length');
assert.sameValue(echoU16.name, 'echoU16', 'name');
