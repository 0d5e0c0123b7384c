/*---
description: bool struct fields, defaults, Zig writes through a pointer, returned struct
flags: [module]
---*/
import { Flags, flip, makeFlags, flagsAsInt } from './bool.zig';

const f = new Flags({ other: false });
assert.sameValue(f.on, true);
assert.sameValue(f.off, false);
assert.sameValue(f.other, false);
assert.sameValue(flagsAsInt(f), 1);
flip(f);
assert.sameValue(f.on, false);
assert.sameValue(f.off, true);
assert.sameValue(f.other, true);
assert.sameValue(flagsAsInt(f), 6);
f.on = true;
assert.sameValue(flagsAsInt(f), 7);
const g = makeFlags();
assert.sameValue(JSON.stringify(g.valueOf()), '{"on":true,"off":false,"other":true}');
assert.sameValue(JSON.stringify(g), '{"on":true,"off":false,"other":true}', 'toJSON');
assert.throws(TypeError, () => new Flags({}), 'missing initializer for other');
