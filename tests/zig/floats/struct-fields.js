/*---
description: floats of every width as struct fields, with Zig defaults; Zig reads and writes them through a pointer
flags: [module]
---*/
import { Floats, sumFloats, scaleFloats } from './floats.zig';
import { expectWriteError } from '../helpers_FIXTURE.js';

const s = new Floats({});
assert.sameValue(s.a, 0.5);
assert.sameValue(s.b, 0.25);
assert.sameValue(s.c, -1.5);
assert.sameValue(s.d, 2.5);
assert.sameValue(s.e, -0.125);
assert.sameValue(sumFloats(s), 1.625);
s.a = 1; s.b = 2; s.c = 3; s.d = 4; s.e = 5;
assert.sameValue(sumFloats(s), 15);
scaleFloats(s, 0.5);
assert.sameValue(JSON.stringify(s.valueOf()), '{"a":0.5,"b":1,"c":1.5,"d":2,"e":2.5}');
assert.sameValue(sumFloats({ a: 1, b: 1, c: 1, d: 1, e: 1 }), 5, 'plain object argument');
for (const [k, t] of [['a', 'f16'], ['b', 'f32'], ['c', 'f64'], ['d', 'f80'], ['e', 'f128']]) {
  expectWriteError((v) => { s[k] = v; }, 'x', t, `s.${k} =`);
  expectWriteError((v) => { s[k] = v; }, null, t, `s.${k} =`);
}
