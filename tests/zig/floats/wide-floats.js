/*---
description: f80 and f128 keep what f64 can hold; values beyond f64 range read as Infinity/0; NaN, -0 and Infinity cross both ways
flags: [module]
---*/
import {
  halfF80, halfF128, hugeF80, tinyF128, negZeroF80, isNegZeroF128, isNanF80, isInfF16,
  f64ToF80ToF64, f64ToF128ToF64, maxF16, minPosF16, infF32, nanF64,
} from './floats.zig';

for (const v of [Number.MAX_VALUE, Number.MIN_VALUE, 5e-324 * 3, 2 ** -1022, 0.1, -123456.789, 2 ** 53 + 2]) {
  assert.sameValue(f64ToF80ToF64(v), v, 'f64 -> f80 -> f64 ' + v);
  assert.sameValue(f64ToF128ToF64(v), v, 'f64 -> f128 -> f64 ' + v);
}
assert.sameValue(halfF80(Number.MAX_VALUE), Number.MAX_VALUE / 2);
assert.sameValue(halfF128(Number.MIN_VALUE * 4), Number.MIN_VALUE * 2);
assert.sameValue(halfF80(Number.MIN_VALUE), Number.MIN_VALUE / 2, 'f80 result below f64 range rounds');
assert.sameValue(hugeF80(), Infinity, '1e4000 as f80 reads as Infinity');
assert.sameValue(Object.is(tinyF128(), 0), true, '1e-4000 as f128 reads as 0');
assert.sameValue(Object.is(negZeroF80(), -0), true, '-0.0 as f80');
assert.sameValue(isNegZeroF128(-0), true, '-0 reaches Zig as f128 -0');
assert.sameValue(isNegZeroF128(0), false);
assert.sameValue(isNanF80(NaN), true, 'NaN reaches Zig as f80 NaN');
assert.sameValue(isNanF80(1), false);
assert.sameValue(isInfF16(Infinity), true);
assert.sameValue(isInfF16(65504), false);
assert.sameValue(maxF16(), 65504);
assert.sameValue(minPosF16(), 2 ** -24);
assert.sameValue(infF32(), Infinity);
assert.sameValue(Number.isNaN(nanF64()), true);
