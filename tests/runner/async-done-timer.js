/*---
description: $DONE may be called from a timer, after the microtasks drained
flags: [async]
---*/
setTimeout(function () { $DONE(); }, 20);
