/*---
description: nans.js lists NaNs made in different ways
includes: [nans.js]
---*/
assert(NaNs.length >= 5);
NaNs.forEach(function (v, i) {
  assert.sameValue(typeof v, 'number', 'NaNs[' + i + ']');
  assert(v !== v, 'NaNs[' + i + '] is NaN');
});
