/*---
description: u128 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU128, secondU128, maxU128, minU128, isMaxU128 } from './ints.zig';

assert.sameValue(maxU128(), 340282366920938463463374607431768211455n, 'maxU128()');
assert.sameValue(typeof maxU128(), 'bigint', 'typeof maxU128()');
assert.sameValue(minU128(), 0n, 'minU128()');
assert.sameValue(isMaxU128(340282366920938463463374607431768211455n), true, 'isMaxU128(max)');
assert.sameValue(isMaxU128(0n), false, 'isMaxU128(min)');
assert.sameValue(echoU128(0n), 0n, 'echoU128(0)');
assert.sameValue(secondU128(false, 0n), 0n, 'secondU128(false, 0)');
assert.sameValue(echoU128(1n), 1n, 'echoU128(1)');
assert.sameValue(secondU128(false, 1n), 1n, 'secondU128(false, 1)');
assert.sameValue(echoU128(170141183460469231731687303715884105727n), 170141183460469231731687303715884105727n, 'echoU128(170141183460469231731687303715884105727)');
assert.sameValue(secondU128(false, 170141183460469231731687303715884105727n), 170141183460469231731687303715884105727n, 'secondU128(false, 170141183460469231731687303715884105727)');
assert.sameValue(echoU128(340282366920938463463374607431768211454n), 340282366920938463463374607431768211454n, 'echoU128(340282366920938463463374607431768211454)');
assert.sameValue(secondU128(false, 340282366920938463463374607431768211454n), 340282366920938463463374607431768211454n, 'secondU128(false, 340282366920938463463374607431768211454)');
assert.sameValue(echoU128(340282366920938463463374607431768211455n), 340282366920938463463374607431768211455n, 'echoU128(340282366920938463463374607431768211455)');
assert.sameValue(secondU128(false, 340282366920938463463374607431768211455n), 340282366920938463463374607431768211455n, 'secondU128(false, 340282366920938463463374607431768211455)');
assert.sameValue(echoU128(1), 1n, 'a number is accepted for u128');
assert.sameValue(typeof echoU128(1), 'bigint', 'typeof echoU128(1)');
assert.sameValue(echoU128.length, 1, 'length');
assert.sameValue(echoU128.name, 'echoU128', 'name');
