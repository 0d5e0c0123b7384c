/*---
description: u8 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU8, secondU8, maxU8, minU8, isMaxU8 } from './ints.zig';

assert.sameValue(maxU8(), 255, 'maxU8()');
assert.sameValue(typeof maxU8(), 'number', 'typeof maxU8()');
assert.sameValue(minU8(), 0, 'minU8()');
assert.sameValue(isMaxU8(255), true, 'isMaxU8(max)');
assert.sameValue(isMaxU8(0), false, 'isMaxU8(min)');
assert.sameValue(echoU8(0), 0, 'echoU8(0)');
assert.sameValue(secondU8(false, 0), 0, 'secondU8(false, 0)');
assert.sameValue(echoU8(1), 1, 'echoU8(1)');
assert.sameValue(secondU8(false, 1), 1, 'secondU8(false, 1)');
assert.sameValue(echoU8(127), 127, 'echoU8(127)');
assert.sameValue(secondU8(false, 127), 127, 'secondU8(false, 127)');
assert.sameValue(echoU8(254), 254, 'echoU8(254)');
assert.sameValue(secondU8(false, 254), 254, 'secondU8(false, 254)');
assert.sameValue(echoU8(255), 255, 'echoU8(255)');
assert.sameValue(secondU8(false, 255), 255, 'secondU8(false, 255)');
assert.sameValue(echoU8(255n), 255, 'a bigint is accepted for u8');
assert.sameValue(echoU8.length, 1, 'length');
assert.sameValue(echoU8.name, 'echoU8', 'name');
