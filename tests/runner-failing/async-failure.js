/*---
description: Async test that reports a failure through $DONE
flags: [async, noStrict]
---*/
Promise.resolve().then(function () { throw new Test262Error('boom in a then'); }).then($DONE, $DONE);
