/*---
description: assert.throwsAsync accepts a matching rejection and refuses everything else
flags: [async]
includes: [asyncHelpers.js]
---*/
async function refused(label, fn) {
  var caught;
  try { await fn(); } catch (e) { caught = e; }
  assert.sameValue(caught && caught.constructor, Test262Error, label + ' should be refused');
}
asyncTest(async function () {
  await assert.throwsAsync(TypeError, async function () { throw new TypeError('x'); });
  await assert.throwsAsync(RangeError, function () { return Promise.reject(new RangeError()); });
  await refused('no rejection', function () {
    return assert.throwsAsync(TypeError, async function () {});
  });
  await refused('wrong type', function () {
    return assert.throwsAsync(TypeError, async function () { throw new RangeError(); });
  });
  await refused('synchronous throw', function () {
    return assert.throwsAsync(TypeError, function () { throw new TypeError(); });
  });
  await refused('not a thenable', function () {
    return assert.throwsAsync(TypeError, function () { return 1; });
  });
  await refused('primitive rejection', function () {
    return assert.throwsAsync(TypeError, function () { return Promise.reject('s'); });
  });
});
