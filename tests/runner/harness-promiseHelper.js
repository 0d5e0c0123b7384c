/*---
description: checkSequence and checkSettledPromises
includes: [promiseHelper.js]
flags: [async]
---*/
var sequence = [];
assert(checkSequence([1, 2, 3]));
assert.throws(Test262Error, function () { checkSequence([1, 3]); });
Promise.resolve().then(function () { sequence.push(2); });
sequence.push(1);
Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then(function (settled) {
  sequence.push(3);
  checkSequence(sequence, 'microtask order');
  checkSettledPromises(settled, [
    { status: 'fulfilled', value: 1 },
    { status: 'rejected', reason: 2 },
  ]);
  assert.throws(Test262Error, function () {
    checkSettledPromises(settled, [{ status: 'fulfilled', value: 1 }]);
  });
}).then($DONE, $DONE);
