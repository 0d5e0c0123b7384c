/*---
description: A module can be async too
flags: [module, async]
---*/
import { present } from './module_FIXTURE.js';
await Promise.resolve();
assert.sameValue(present, 1);
$DONE();
