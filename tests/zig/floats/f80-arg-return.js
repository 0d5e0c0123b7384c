/*---
description: f80 as argument and return value: numbers, -0, NaN, Infinity, bigint accepted, rounding to f80 precision
flags: [module]
---*/

import { echoF80, secondF80, isOneAndHalfF80, thirdF80 } from './floats.zig';

function f16round(x) {
  // round to the nearest f16 (ties to even), for values in the normal range
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log2(Math.abs(x)));
  const q = 2 ** (Math.max(e, -14) - 10);
  const n = x / q, f = Math.floor(n), d = n - f;
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : (f % 2 === 0 ? f : f + 1);
  return r * q;
}
const round = (x) => x;
for (const v of [0, 1, -1, 1.5, -2.75, 0.1, 1 / 3, 1000.5, 65504, -65504]) {
  assert.sameValue(echoF80(v), round(v), 'echoF80(' + v + ')');
  assert.sameValue(secondF80(7, v), round(v), 'secondF80(7, ' + v + ')');
}
assert.sameValue(typeof echoF80(1), 'number');
assert.sameValue(Object.is(echoF80(-0), -0), true, '-0 keeps its sign');
assert.sameValue(Number.isNaN(echoF80(NaN)), true, 'NaN');
assert.sameValue(echoF80(Infinity), Infinity, 'Infinity');
assert.sameValue(echoF80(-Infinity), -Infinity, '-Infinity');
assert.sameValue(echoF80(3n), 3, 'a bigint is converted');
assert.sameValue(isOneAndHalfF80(1.5), true, 'Zig sees 1.5');
assert.sameValue(isOneAndHalfF80(1.25), false);
assert.sameValue(thirdF80(), round(1 / 3), 'thirdF80() is 1/3 at f80 precision, read as the nearest number');
