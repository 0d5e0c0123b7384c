/*---
description: u24 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU24, secondU24, maxU24, minU24, isMaxU24 } from './ints.zig';

assert.sameValue(maxU24(), 16777215, 'maxU24()');
assert.sameValue(typeof maxU24(), 'number', 'typeof maxU24()');
assert.sameValue(minU24(), 0, 'minU24()');
assert.sameValue(isMaxU24(16777215), true, 'isMaxU24(max)');
assert.sameValue(isMaxU24(0), false, 'isMaxU24(min)');
assert.sameValue(echoU24(0), 0, 'echoU24(0)');
assert.sameValue(secondU24(false, 0), 0, 'secondU24(false, 0)');
assert.sameValue(echoU24(1), 1, 'echoU24(1)');
assert.sameValue(secondU24(false, 1), 1, 'secondU24(false, 1)');
assert.sameValue(echoU24(8388607), 8388607, 'echoU24(8388607)');
assert.sameValue(secondU24(false, 8388607), 8388607, 'secondU24(false, 8388607)');
assert.sameValue(echoU24(16777214), 16777214, 'echoU24(16777214)');
assert.sameValue(secondU24(false, 16777214), 16777214, 'secondU24(false, 16777214)');
assert.sameValue(echoU24(16777215), 16777215, 'echoU24(16777215)');
assert.sameValue(secondU24(false, 16777215), 16777215, 'secondU24(false, 16777215)');
assert.sameValue(echoU24(16777215n), 16777215, 'a bigint is accepted for u24');
assert.sameValue(echoU24.length, 1, 'length');
assert.sameValue(echoU24.name, 'echoU24', 'name');
