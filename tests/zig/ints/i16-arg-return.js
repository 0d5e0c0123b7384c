/*---
description: i16 as argument and return value - every value in range round-trips with the right JS type
flags: [module]
---*/
import { echoI16, secondI16, maxI16, minI16, isMaxI16 } from './ints.zig';

assert.sameValue(maxI16(), 32767, 'maxI16()');
assert.sameValue(typeof maxI16(), 'number', 'typeof maxI16()');
assert.sameValue(minI16(), -32768, 'minI16()');
assert.sameValue(isMaxI16(32767), true, 'isMaxI16(max)');
assert.sameValue(isMaxI16(-32768), false, 'isMaxI16(min)');
assert.sameValue(echoI16(-32768), -32768, 'echoI16(-32768)');
assert.sameValue(secondI16(false, -32768), -32768, 'secondI16(false, -32768)');
assert.sameValue(echoI16(-16384), -16384, 'echoI16(-16384)');
assert.sameValue(secondI16(false, -16384), -16384, 'secondI16(false, -16384)');
assert.sameValue(echoI16(-1), -1, 'echoI16(-1)');
assert.sameValue(secondI16(false, -1), -1, 'secondI16(false, -1)');
assert.sameValue(echoI16(0), 0, 'echoI16(0)');
assert.sameValue(secondI16(false, 0), 0, 'secondI16(false, 0)');
assert.sameValue(echoI16(1), 1, 'echoI16(1)');
assert.sameValue(secondI16(false, 1), 1, 'secondI16(false, 1)');
assert.sameValue(echoI16(32767), 32767, 'echoI16(32767)');
assert.sameValue(secondI16(false, 32767), 32767, 'secondI16(false, 32767)');
assert.sameValue(echoI16(32767n), 32767, 'a bigint is accepted for i16');
assert.sameValue(echoI16.length, 1, 'length');
assert.sameValue(echoI16.name, 'echoI16', 'name');
