/*---
description: string and clampedArray of sentinel arrays hold the elements only
flags: [module]
---*/
import { sentinel16, sentinel8, sentinel7 } from './values.zig';

const a = sentinel8();
assert.sameValue(a.length, 3);
assert.sameValue(a.string, 'abc');
assert.sameValue(a.clampedArray.length, 3);
assert.sameValue(a.typedArray.length, 3);
const b = sentinel16();
assert.sameValue(b.length, 2);
assert.sameValue(b.string, 'hi');
const c = sentinel7();
assert.sameValue(c.string, 'ok');
assert.sameValue(c.clampedArray.length, 2);
a.string = 'xyz';
assert.sameValue(a.string, 'xyz');
