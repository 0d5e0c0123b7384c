/*---
description: u1 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU1, secondU1, maxU1, minU1, isMaxU1 } from './ints.zig';

assert.sameValue(maxU1(), 1, 'maxU1()');
assert.sameValue(typeof maxU1(), 'number', 'typeof maxU1()');
assert.sameValue(minU1(), 0, 'minU1()');
assert.sameValue(isMaxU1(1), true, 'isMaxU1(max)');
assert.sameValue(isMaxU1(0), false, 'isMaxU1(min)');
assert.sameValue(echoU1(0), 0, 'echoU1(0)');
assert.sameValue(secondU1(false, 0), 0, 'secondU1(false, 0)');
assert.sameValue(echoU1(1), 1, 'echoU1(1)');
assert.sameValue(secondU1(false, 1), 1, 'secondU1(false, 1)');
assert.sameValue(echoU1(1n), 1, 'a bigint is accepted for u1');
assert.sameValue(echoU1.length, 1, 'length');
assert.sameValue(echoU1.name, 'echoU1', 'name');
