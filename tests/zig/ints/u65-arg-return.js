/*---
description: u65 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU65, secondU65, maxU65, minU65, isMaxU65 } from './ints.zig';

assert.sameValue(maxU65(), 36893488147419103231n, 'maxU65()');
assert.sameValue(typeof maxU65(), 'bigint', 'typeof maxU65()');
assert.sameValue(minU65(), 0n, 'minU65()');
assert.sameValue(isMaxU65(36893488147419103231n), true, 'isMaxU65(max)');
assert.sameValue(isMaxU65(0n), false, 'isMaxU65(min)');
assert.sameValue(echoU65(0n), 0n, 'echoU65(0)');
assert.sameValue(secondU65(false, 0n), 0n, 'secondU65(false, 0)');
assert.sameValue(echoU65(1n), 1n, 'echoU65(1)');
assert.sameValue(secondU65(false, 1n), 1n, 'secondU65(false, 1)');
assert.sameValue(echoU65(18446744073709551615n), 18446744073709551615n, 'echoU65(18446744073709551615)');
assert.sameValue(secondU65(false, 18446744073709551615n), 18446744073709551615n, 'secondU65(false, 18446744073709551615)');
assert.sameValue(echoU65(36893488147419103230n), 36893488147419103230n, 'echoU65(36893488147419103230)');
assert.sameValue(secondU65(false, 36893488147419103230n), 36893488147419103230n, 'secondU65(false, 36893488147419103230)');
assert.sameValue(echoU65(36893488147419103231n), 36893488147419103231n, 'echoU65(36893488147419103231)');
assert.sameValue(secondU65(false, 36893488147419103231n), 36893488147419103231n, 'secondU65(false, 36893488147419103231)');
assert.sameValue(echoU65(1), 1n, 'a number is accepted for u65');
assert.sameValue(typeof echoU65(1), 'bigint', 'typeof echoU65(1)');
assert.sameValue(echoU65.length, 1, 'length');
assert.sameValue(echoU65.name, 'echoU65', 'name');
