/*---
description: a pointer argument into misaligned JS memory is copied into aligned memory for the call and back after it (not back for const pointers)
flags: [module]
---*/
import { incI64, incConst, bumpPair, Pair, __zigar } from './calls.zig';

const buf = new ArrayBuffer(9);
const dv = new DataView(buf, 1, 8);
dv.setBigInt64(0, 41n, true);
incI64(dv);
assert.sameValue(dv.getBigInt64(0, true), 42n, 'copied back');
assert.sameValue(incConst(dv), 43n);
assert.sameValue(dv.getBigInt64(0, true), 42n, 'const: unchanged');
const size = __zigar.sizeOf(Pair);
const pb = new ArrayBuffer(size + 3);
const p = Pair(new DataView(pb, 3, size));
p.$ = { a: 1, b: 2 };
bumpPair(p);
assert.sameValue(p.a, 2);
assert.sameValue(p.b, 1002n);
const ok = new BigInt64Array([7n]);
incI64(ok);
assert.sameValue(ok[0], 8n, 'an aligned typed array is shared directly');
