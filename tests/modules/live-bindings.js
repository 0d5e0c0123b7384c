/*---
description: imported bindings are live; one module instance per file
flags: [module]
---*/
import { count, increment } from './fixtures/counter_FIXTURE.mjs';
import * as again from './fixtures/../fixtures/counter_FIXTURE.mjs';
assert.sameValue(count, 0);
increment();
assert.sameValue(count, 1);
assert.sameValue(again.count, 1);
