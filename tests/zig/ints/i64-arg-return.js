/*---
description: i64 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI64, secondI64, maxI64, minI64, isMaxI64 } from './ints.zig';

assert.sameValue(maxI64(), 9223372036854775807n, 'maxI64()');
assert.sameValue(typeof maxI64(), 'bigint', 'typeof maxI64()');
assert.sameValue(minI64(), -9223372036854775808n, 'minI64()');
assert.sameValue(isMaxI64(9223372036854775807n), true, 'isMaxI64(max)');
assert.sameValue(isMaxI64(-9223372036854775808n), false, 'isMaxI64(min)');
assert.sameValue(echoI64(-9223372036854775808n), -9223372036854775808n, 'echoI64(-9223372036854775808)');
assert.sameValue(secondI64(false, -9223372036854775808n), -9223372036854775808n, 'secondI64(false, -9223372036854775808)');
assert.sameValue(echoI64(-4611686018427387904n), -4611686018427387904n, 'echoI64(-4611686018427387904)');
assert.sameValue(secondI64(false, -4611686018427387904n), -4611686018427387904n, 'secondI64(false, -4611686018427387904)');
assert.sameValue(echoI64(-1n), -1n, 'echoI64(-1)');
assert.sameValue(secondI64(false, -1n), -1n, 'secondI64(false, -1)');
assert.sameValue(echoI64(0n), 0n, 'echoI64(0)');
assert.sameValue(secondI64(false, 0n), 0n, 'secondI64(false, 0)');
assert.sameValue(echoI64(1n), 1n, 'echoI64(1)');
assert.sameValue(secondI64(false, 1n), 1n, 'secondI64(false, 1)');
assert.sameValue(echoI64(9223372036854775807n), 9223372036854775807n, 'echoI64(9223372036854775807)');
assert.sameValue(secondI64(false, 9223372036854775807n), 9223372036854775807n, 'secondI64(false, 9223372036854775807)');
assert.sameValue(echoI64(1), 1n, 'a number is accepted for i64');
assert.sameValue(typeof echoI64(1), 'bigint', 'typeof echoI64(1)');
assert.sameValue(echoI64.length, 1, 'length');
assert.sameValue(echoI64.name, 'echoI64', 'name');
