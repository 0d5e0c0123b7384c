/*---
description: Async test that never calls $DONE
flags: [async, noStrict]
---*/
Promise.resolve(1).then(function () {});
