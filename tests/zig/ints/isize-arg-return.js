/*---
description: isize as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoIsize, secondIsize, maxIsize, minIsize, isMaxIsize } from './ints.zig';

assert.sameValue(maxIsize(), 9223372036854775807n, 'maxIsize()');
assert.sameValue(typeof maxIsize(), 'bigint', 'typeof maxIsize()');
assert.sameValue(minIsize(), -9223372036854775808n, 'minIsize()');
assert.sameValue(isMaxIsize(9223372036854775807n), true, 'isMaxIsize(max)');
assert.sameValue(isMaxIsize(-9223372036854775808n), false, 'isMaxIsize(min)');
assert.sameValue(echoIsize(-9223372036854775808n), -9223372036854775808n, 'echoIsize(-9223372036854775808)');
assert.sameValue(secondIsize(false, -9223372036854775808n), -9223372036854775808n, 'secondIsize(false, -9223372036854775808)');
assert.sameValue(echoIsize(-4611686018427387904n), -4611686018427387904n, 'echoIsize(-4611686018427387904)');
assert.sameValue(secondIsize(false, -4611686018427387904n), -4611686018427387904n, 'secondIsize(false, -4611686018427387904)');
assert.sameValue(echoIsize(-1), -1, 'echoIsize(-1)');
assert.sameValue(secondIsize(false, -1), -1, 'secondIsize(false, -1)');
assert.sameValue(echoIsize(0), 0, 'echoIsize(0)');
assert.sameValue(secondIsize(false, 0), 0, 'secondIsize(false, 0)');
assert.sameValue(echoIsize(1), 1, 'echoIsize(1)');
assert.sameValue(secondIsize(false, 1), 1, 'secondIsize(false, 1)');
assert.sameValue(echoIsize(9223372036854775807n), 9223372036854775807n, 'echoIsize(9223372036854775807)');
assert.sameValue(secondIsize(false, 9223372036854775807n), 9223372036854775807n, 'secondIsize(false, 9223372036854775807)');
assert.sameValue(echoIsize(1), 1, 'a number is accepted for isize');
assert.sameValue(typeof echoIsize(1), 'number', 'typeof echoIsize(1)');
assert.sameValue(echoIsize.length, 1, 'length');
assert.sameValue(echoIsize.name, 'echoIsize', 'name');
