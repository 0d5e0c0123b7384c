/*---
description: structuredClone returns primitives unchanged, including -0, NaN and BigInt
---*/
assert.sameValue(structuredClone(undefined), undefined);
assert.sameValue(structuredClone(null), null);
assert.sameValue(structuredClone(true), true);
assert.sameValue(structuredClone(-0), -0);
assert.sameValue(structuredClone(NaN), NaN);
assert.sameValue(structuredClone('str\ud800'), 'str\ud800');
assert.sameValue(structuredClone(12345678901234567890n), 12345678901234567890n);
assert.sameValue(structuredClone.length, 1);
assert.throws(TypeError, function () { structuredClone(); }, 'the value argument is required');
