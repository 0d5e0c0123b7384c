/*---
description: u3 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU3, secondU3, maxU3, minU3, isMaxU3 } from './ints.zig';

assert.sameValue(maxU3(), 7, 'maxU3()');
assert.sameValue(typeof maxU3(), 'number', 'typeof maxU3()');
assert.sameValue(minU3(), 0, 'minU3()');
assert.sameValue(isMaxU3(7), true, 'isMaxU3(max)');
assert.sameValue(isMaxU3(0), false, 'isMaxU3(min)');
assert.sameValue(echoU3(0), 0, 'echoU3(0)');
assert.sameValue(secondU3(false, 0), 0, 'secondU3(false, 0)');
assert.sameValue(echoU3(1), 1, 'echoU3(1)');
assert.sameValue(secondU3(false, 1), 1, 'secondU3(false, 1)');
assert.sameValue(echoU3(3), 3, 'echoU3(3)');
assert.sameValue(secondU3(false, 3), 3, 'secondU3(false, 3)');
assert.sameValue(echoU3(6), 6, 'echoU3(6)');
assert.sameValue(secondU3(false, 6), 6, 'secondU3(false, 6)');
assert.sameValue(echoU3(7), 7, 'echoU3(7)');
assert.sameValue(secondU3(false, 7), 7, 'secondU3(false, 7)');
assert.sameValue(echoU3(7n), 7, 'a bigint is accepted for u3');
assert.sameValue(echoU3.length, 1, 'length');
assert.sameValue(echoU3.name, 'echoU3', 'name');
