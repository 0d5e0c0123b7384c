/*---
description: f16 as argument and return value: numbers, -0, NaN, Infinity, bigint accepted, rounding to f16 precision
flags: [module]
---*/

import { echoF16, secondF16, isOneAndHalfF16, thirdF16 } from './floats.zig';

function f16round(x) {
  // round to the nearest f16 (ties to even), for values in the normal range
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log2(Math.abs(x)));
  const q = 2 ** (Math.max(e, -14) - 10);
  const n = x / q, f = Math.floor(n), d = n - f;
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : (f % 2 === 0 ? f : f + 1);
  return r * q;
}
const round = (x) => f16round(x);
for (const v of [0, 1, -1, 1.5, -2.75, 0.1, 1 / 3, 1000.5, 65504, -65504]) {
  assert.sameValue(echoF16(v), round(v), 'echoF16(' + v + ')');
  assert.sameValue(secondF16(7, v), round(v), 'secondF16(7, ' + v + ')');
}
assert.sameValue(typeof echoF16(1), 'number');
assert.sameValue(Object.is(echoF16(-0), -0), true, '-0 keeps its sign');
assert.sameValue(Number.isNaN(echoF16(NaN)), true, 'NaN');
assert.sameValue(echoF16(Infinity), Infinity, 'Infinity');
assert.sameValue(echoF16(-Infinity), -Infinity, '-Infinity');
assert.sameValue(echoF16(3n), 3, 'a bigint is converted');
assert.sameValue(isOneAndHalfF16(1.5), true, 'Zig sees 1.5');
assert.sameValue(isOneAndHalfF16(1.25), false);
assert.sameValue(thirdF16(), round(1 / 3), 'thirdF16() is 1/3 at f16 precision, read as the nearest number');
