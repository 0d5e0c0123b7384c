/*---
description: i128 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI128, secondI128, maxI128, minI128, isMaxI128 } from './ints.zig';

assert.sameValue(maxI128(), 170141183460469231731687303715884105727n, 'maxI128()');
assert.sameValue(typeof maxI128(), 'bigint', 'typeof maxI128()');
assert.sameValue(minI128(), -170141183460469231731687303715884105728n, 'minI128()');
assert.sameValue(isMaxI128(170141183460469231731687303715884105727n), true, 'isMaxI128(max)');
assert.sameValue(isMaxI128(-170141183460469231731687303715884105728n), false, 'isMaxI128(min)');
assert.sameValue(echoI128(-170141183460469231731687303715884105728n), -170141183460469231731687303715884105728n, 'echoI128(-170141183460469231731687303715884105728)');
assert.sameValue(secondI128(false, -170141183460469231731687303715884105728n), -170141183460469231731687303715884105728n, 'secondI128(false, -170141183460469231731687303715884105728)');
assert.sameValue(echoI128(-85070591730234615865843651857942052864n), -85070591730234615865843651857942052864n, 'echoI128(-85070591730234615865843651857942052864)');
assert.sameValue(secondI128(false, -85070591730234615865843651857942052864n), -85070591730234615865843651857942052864n, 'secondI128(false, -85070591730234615865843651857942052864)');
assert.sameValue(echoI128(-1n), -1n, 'echoI128(-1)');
assert.sameValue(secondI128(false, -1n), -1n, 'secondI128(false, -1)');
assert.sameValue(echoI128(0n), 0n, 'echoI128(0)');
assert.sameValue(secondI128(false, 0n), 0n, 'secondI128(false, 0)');
assert.sameValue(echoI128(1n), 1n, 'echoI128(1)');
assert.sameValue(secondI128(false, 1n), 1n, 'secondI128(false, 1)');
assert.sameValue(echoI128(170141183460469231731687303715884105727n), 170141183460469231731687303715884105727n, 'echoI128(170141183460469231731687303715884105727)');
assert.sameValue(secondI128(false, 170141183460469231731687303715884105727n), 170141183460469231731687303715884105727n, 'secondI128(false, 170141183460469231731687303715884105727)');
assert.sameValue(echoI128(1), 1n, 'a number is accepted for i128');
assert.sameValue(typeof echoI128(1), 'bigint', 'typeof echoI128(1)');
assert.sameValue(echoI128.length, 1, 'length');
assert.sameValue(echoI128.name, 'echoI128', 'name');
