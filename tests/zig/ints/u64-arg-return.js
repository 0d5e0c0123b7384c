/*---
description: u64 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoU64, secondU64, maxU64, minU64, isMaxU64 } from './ints.zig';

assert.sameValue(maxU64(), 18446744073709551615n, 'maxU64()');
assert.sameValue(typeof maxU64(), 'bigint', 'typeof maxU64()');
assert.sameValue(minU64(), 0n, 'minU64()');
assert.sameValue(isMaxU64(18446744073709551615n), true, 'isMaxU64(max)');
assert.sameValue(isMaxU64(0n), false, 'isMaxU64(min)');
assert.sameValue(echoU64(0n), 0n, 'echoU64(0)');
assert.sameValue(secondU64(false, 0n), 0n, 'secondU64(false, 0)');
assert.sameValue(echoU64(1n), 1n, 'echoU64(1)');
assert.sameValue(secondU64(false, 1n), 1n, 'secondU64(false, 1)');
assert.sameValue(echoU64(9223372036854775807n), 9223372036854775807n, 'echoU64(9223372036854775807)');
assert.sameValue(secondU64(false, 9223372036854775807n), 9223372036854775807n, 'secondU64(false, 9223372036854775807)');
assert.sameValue(echoU64(18446744073709551614n), 18446744073709551614n, 'echoU64(18446744073709551614)');
assert.sameValue(secondU64(false, 18446744073709551614n), 18446744073709551614n, 'secondU64(false, 18446744073709551614)');
assert.sameValue(echoU64(18446744073709551615n), 18446744073709551615n, 'echoU64(18446744073709551615)');
assert.sameValue(secondU64(false, 18446744073709551615n), 18446744073709551615n, 'secondU64(false, 18446744073709551615)');
assert.sameValue(echoU64(1), 1n, 'a number is accepted for u64');
assert.sameValue(typeof echoU64(1), 'bigint', 'typeof echoU64(1)');
assert.sameValue(echoU64.length, 1, 'length');
assert.sameValue(echoU64.name, 'echoU64', 'name');
