/*---
description: ReleaseSafe: out-of-range int arguments and fields throw a TypeError as in Debug
flags: [module]
timeout: 90
---*/

import { echoU8, echoI8, secondU8, echoI7, echoU3, echoU64, echoI64, echoU65, echoI128, echoU24, Ints } from './ints.zig?optimize=ReleaseSafe';
import { expectArgError, expectWriteError } from '../helpers_FIXTURE.js';

expectArgError(echoU8, [256], 0, 'u8', TypeError);
expectArgError(echoU8, [-1], 0, 'u8', TypeError);
expectArgError(echoI8, [128], 0, 'i8', TypeError);
expectArgError(echoI8, [-129], 0, 'i8', TypeError);
expectArgError(echoI7, [64], 0, 'i7', TypeError);
expectArgError(echoU3, [9], 0, 'u3', TypeError);
expectArgError(echoU24, [16777217], 0, 'u24', TypeError);
expectArgError(echoU64, [18446744073709551617n], 0, 'u64', TypeError);
expectArgError(echoU64, [-1n], 0, 'u64', TypeError);
expectArgError(echoI64, [9223372036854775808n], 0, 'i64', TypeError);
expectArgError(echoU65, [-1n], 0, 'u65', TypeError);
expectArgError(echoI128, [170141183460469231731687303715884105728n], 0, 'i128', TypeError);
expectArgError(echoU8, [3.7], 0, 'u8', TypeError);
for (const v of [NaN, Infinity, -Infinity]) expectArgError(echoU8, [v], 0, 'u8');
expectArgError(secondU8, [true, 'x'], 1, 'u8');
const s = new Ints({});
expectWriteError((v) => { s.f_u8 = v; }, 257, 'u8', 's.f_u8 =', TypeError);
expectWriteError((v) => { s.f_u3 = v; }, 8, 'u3', 's.f_u3 =', TypeError);
