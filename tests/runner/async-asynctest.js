/*---
description: asyncTest reports the async function's outcome through $DONE
flags: [async]
includes: [asyncHelpers.js]
---*/
asyncTest(async function () {
  var v = await Promise.resolve(5);
  assert.sameValue(v, 5);
  await null;
});
