/*---
description: i48 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI48, secondI48, maxI48, minI48, isMaxI48 } from './ints.zig';

assert.sameValue(maxI48(), 140737488355327n, 'maxI48()');
assert.sameValue(typeof maxI48(), 'bigint', 'typeof maxI48()');
assert.sameValue(minI48(), -140737488355328n, 'minI48()');
assert.sameValue(isMaxI48(140737488355327n), true, 'isMaxI48(max)');
assert.sameValue(isMaxI48(-140737488355328n), false, 'isMaxI48(min)');
assert.sameValue(echoI48(-140737488355328n), -140737488355328n, 'echoI48(-140737488355328)');
assert.sameValue(secondI48(false, -140737488355328n), -140737488355328n, 'secondI48(false, -140737488355328)');
assert.sameValue(echoI48(-70368744177664n), -70368744177664n, 'echoI48(-70368744177664)');
assert.sameValue(secondI48(false, -70368744177664n), -70368744177664n, 'secondI48(false, -70368744177664)');
assert.sameValue(echoI48(-1n), -1n, 'echoI48(-1)');
assert.sameValue(secondI48(false, -1n), -1n, 'secondI48(false, -1)');
assert.sameValue(echoI48(0n), 0n, 'echoI48(0)');
assert.sameValue(secondI48(false, 0n), 0n, 'secondI48(false, 0)');
assert.sameValue(echoI48(1n), 1n, 'echoI48(1)');
assert.sameValue(secondI48(false, 1n), 1n, 'secondI48(false, 1)');
assert.sameValue(echoI48(140737488355327n), 140737488355327n, 'echoI48(140737488355327)');
assert.sameValue(secondI48(false, 140737488355327n), 140737488355327n, 'secondI48(false, 140737488355327)');
assert.sameValue(echoI48(1), 1n, 'a number is accepted for i48');
assert.sameValue(typeof echoI48(1), 'bigint', 'typeof echoI48(1)');
assert.sameValue(echoI48.length, 1, 'length');
assert.sameValue(echoI48.name, 'echoI48', 'name');
