/*---
description: assert.compareIterator runs one validator per value, then wants done
includes: [compareIterator.js]
---*/
function* gen() { yield 1; yield 2; }
assert.compareIterator(gen(), [
  function (v) { assert.sameValue(v, 1); },
  function (v) { assert.sameValue(v, 2); },
]);
assert.throws(Test262Error, function () {
  assert.compareIterator(gen(), [function () {}]);
}, 'too many values');
assert.throws(Test262Error, function () {
  assert.compareIterator(gen(), [function () {}, function () {}, function () {}]);
}, 'too few values');
