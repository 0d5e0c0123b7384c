/*---
description: A raw test gets no includes and no strict prefix
flags: [raw]
---*/
'use strict';
if (typeof assert !== 'undefined' || typeof Test262Error !== 'undefined') {
  throw new Error('raw tests must not get the harness');
}
if ((function () { return this; })() !== undefined) {
  throw new Error('the directive at the top of a raw file still applies');
}
