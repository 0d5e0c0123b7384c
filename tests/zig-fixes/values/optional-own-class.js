/*---
description: an optional data object (null or not) is accepted where its type is expected, its bytes copied
flags: [module]
---*/
import { OptI32, Holder, orZero, holderScore } from './values.zig';

const a = new OptI32(5);
assert.sameValue(orZero(a), 5);
a.$ = null;
assert.sameValue(orZero(a), 0);
const h = new Holder({ n: a });
assert.sameValue(h.n, null, 'a null ?i32 object written to a ?i32 field');
h.n = new OptI32(4);
assert.sameValue(h.n, 4);
assert.sameValue(holderScore(h), 4);
h.n = a;
assert.sameValue(h.n, null);
