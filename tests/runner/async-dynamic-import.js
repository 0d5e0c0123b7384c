/*---
description: A classic script may import() a module
flags: [async]
---*/
import('./module_FIXTURE.js').then(function (ns) {
  assert.sameValue(ns.double(2), 4);
}).then($DONE, $DONE);
