/*---
description: An async test completes by calling $DONE() later
flags: [async]
---*/
var steps = [];
Promise.resolve().then(function () {
  steps.push(1);
}).then(function () {
  assert.sameValue(steps.length, 1);
}).then($DONE, $DONE);
