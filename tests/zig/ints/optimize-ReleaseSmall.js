/*---
description: ReleaseSmall: out-of-range int arguments and fields wrap modulo 2^bits, fractions truncate, NaN/Infinity still refused
flags: [module]
timeout: 90
---*/

import { echoU8, echoI8, secondU8, echoI7, echoU3, echoU64, echoI64, echoU65, echoI128, echoU24, Ints } from './ints.zig?optimize=ReleaseSmall';
import { expectArgError, expectWriteError } from '../helpers_FIXTURE.js';

assert.sameValue(echoU8(256), 0, 'echoU8(256) wraps');
assert.sameValue(echoU8(-1), 255, 'echoU8(-1) wraps');
assert.sameValue(echoI8(128), -128, 'echoI8(128) wraps');
assert.sameValue(echoI8(-129), 127, 'echoI8(-129) wraps');
assert.sameValue(echoI7(64), -64, 'echoI7(64) wraps');
assert.sameValue(echoU3(9), 1, 'echoU3(9) wraps');
assert.sameValue(echoU24(16777217), 1, 'echoU24(16777217) wraps');
assert.sameValue(echoU64(18446744073709551617n), 1n, 'echoU64(18446744073709551617n) wraps');
assert.sameValue(echoU64(-1n), 18446744073709551615n, 'echoU64(-1n) wraps');
assert.sameValue(echoI64(9223372036854775808n), -9223372036854775808n, 'echoI64(9223372036854775808n) wraps');
assert.sameValue(echoU65(-1n), 36893488147419103231n, 'echoU65(-1n) wraps');
assert.sameValue(echoI128(170141183460469231731687303715884105728n), -170141183460469231731687303715884105728n, 'echoI128(170141183460469231731687303715884105728n) wraps');
assert.sameValue(echoU8(3.7), 3, 'fractions are truncated');
assert.sameValue(echoI8(-3.7), -3, 'fractions are truncated toward zero');
for (const v of [NaN, Infinity, -Infinity]) expectArgError(echoU8, [v], 0, 'u8');
expectArgError(secondU8, [true, 'x'], 1, 'u8');
const s = new Ints({});
s.f_u8 = 257;
assert.sameValue(s.f_u8, 1, 'field write wraps');
s.f_i128 = -1n;
assert.sameValue(s.f_i128, -1n);
s.f_u3 = -1;
assert.sameValue(s.f_u3, 7, 'u3 field wraps');
