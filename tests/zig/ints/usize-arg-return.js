/*---
description: usize as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoUsize, secondUsize, maxUsize, minUsize, isMaxUsize } from './ints.zig';

assert.sameValue(maxUsize(), 18446744073709551615n, 'maxUsize()');
assert.sameValue(typeof maxUsize(), 'bigint', 'typeof maxUsize()');
assert.sameValue(minUsize(), 0, 'minUsize()');
assert.sameValue(isMaxUsize(18446744073709551615n), true, 'isMaxUsize(max)');
assert.sameValue(isMaxUsize(0), false, 'isMaxUsize(min)');
assert.sameValue(echoUsize(0), 0, 'echoUsize(0)');
assert.sameValue(secondUsize(false, 0), 0, 'secondUsize(false, 0)');
assert.sameValue(echoUsize(1), 1, 'echoUsize(1)');
assert.sameValue(secondUsize(false, 1), 1, 'secondUsize(false, 1)');
assert.sameValue(echoUsize(9223372036854775807n), 9223372036854775807n, 'echoUsize(9223372036854775807)');
assert.sameValue(secondUsize(false, 9223372036854775807n), 9223372036854775807n, 'secondUsize(false, 9223372036854775807)');
assert.sameValue(echoUsize(18446744073709551614n), 18446744073709551614n, 'echoUsize(18446744073709551614)');
assert.sameValue(secondUsize(false, 18446744073709551614n), 18446744073709551614n, 'secondUsize(false, 18446744073709551614)');
assert.sameValue(echoUsize(18446744073709551615n), 18446744073709551615n, 'echoUsize(18446744073709551615)');
assert.sameValue(secondUsize(false, 18446744073709551615n), 18446744073709551615n, 'secondUsize(false, 18446744073709551615)');
assert.sameValue(echoUsize(1), 1, 'a number is accepted for usize');
assert.sameValue(typeof echoUsize(1), 'number', 'typeof echoUsize(1)');
assert.sameValue(echoUsize.length, 1, 'length');
assert.sameValue(echoUsize.name, 'echoUsize', 'name');
