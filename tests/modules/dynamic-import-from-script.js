/*---
description: dynamic import() works from a classic script too
flags: [async]
---*/
import('./fixtures/a_FIXTURE.js').then((ns) => {
  assert.sameValue(ns.name, 'a');
}).then($DONE, $DONE);
