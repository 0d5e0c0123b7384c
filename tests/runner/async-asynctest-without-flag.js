/*---
description: asyncTest refuses to run in a test without the async flag
includes: [asyncHelpers.js]
---*/
assert.throws(Test262Error, function () {
  asyncTest(async function () {});
});
