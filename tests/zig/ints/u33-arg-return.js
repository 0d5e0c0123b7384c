/*---
description: u33 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU33, secondU33, maxU33, minU33, isMaxU33 } from './ints.zig';

assert.sameValue(maxU33(), 8589934591n, 'maxU33()');
assert.sameValue(typeof maxU33(), 'bigint', 'typeof maxU33()');
assert.sameValue(minU33(), 0n, 'minU33()');
assert.sameValue(isMaxU33(8589934591n), true, 'isMaxU33(max)');
assert.sameValue(isMaxU33(0n), false, 'isMaxU33(min)');
assert.sameValue(echoU33(0n), 0n, 'echoU33(0)');
assert.sameValue(secondU33(false, 0n), 0n, 'secondU33(false, 0)');
assert.sameValue(echoU33(1n), 1n, 'echoU33(1)');
assert.sameValue(secondU33(false, 1n), 1n, 'secondU33(false, 1)');
assert.sameValue(echoU33(4294967295n), 4294967295n, 'echoU33(4294967295)');
assert.sameValue(secondU33(false, 4294967295n), 4294967295n, 'secondU33(false, 4294967295)');
assert.sameValue(echoU33(8589934590n), 8589934590n, 'echoU33(8589934590)');
assert.sameValue(secondU33(false, 8589934590n), 8589934590n, 'secondU33(false, 8589934590)');
assert.sameValue(echoU33(8589934591n), 8589934591n, 'echoU33(8589934591)');
assert.sameValue(secondU33(false, 8589934591n), 8589934591n, 'secondU33(false, 8589934591)');
assert.sameValue(echoU33(1), 1n, 'a number is accepted for u33');
assert.sameValue(typeof echoU33(1), 'bigint', 'typeof echoU33(1)');
assert.sameValue(echoU33.length, 1, 'length');
assert.sameValue(echoU33.name, 'echoU33', 'name');
