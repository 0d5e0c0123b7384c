/*---
description: nested structs (struct in struct, array and extern struct inside): defaults, child objects share the parent's bytes, pointers to nested data
flags: [module]
includes: [compareArray.js]
---*/
import { Rect, Outer, makeRect, area, grow, makeOuter, outerCheck } from './structs.zig';

const r = new Rect({ origin: { x: 0, y: 0 } });
assert.sameValue(r.size.x, 10);
assert.sameValue(r.size.y, 20);
assert.sameValue(area(r), 200);
assert.sameValue(r.origin, r.origin, 'child objects are cached');
r.size.x = 3;
assert.sameValue(area(r), 60, 'a write through the child reaches the parent bytes');
grow(r, 1);
assert.sameValue(r.size.x, 4);
assert.sameValue(r.origin.x, -1);
r.size = { x: 2, y: 2 };
assert.sameValue(area(r), 4);
const m = makeRect();
assert.sameValue(JSON.stringify(m.valueOf()), '{"origin":{"x":1,"y":2},"size":{"x":10,"y":20},"color":16711935}');
const o = makeOuter();
assert.sameValue(o.rect.origin.y, 2);
assert.compareArray(o.tags.valueOf(), [1, 2, 3]);
assert.sameValue(o.ext.d, 4.5);
assert.sameValue(outerCheck(o), 1 + 2 + 3 + 2 + 2);
o.tags[0] = 10;
o.ext.b = 100;
assert.sameValue(outerCheck(o), 10 + 2 + 3 + 100 + 2);
const o2 = new Outer({ rect: { origin: { x: 0, y: 5 } } });
assert.sameValue(outerCheck(o2), 1 + 2 + 3 + 2 + 5);
assert.sameValue(JSON.stringify(o2.valueOf().ext), '{"a":1,"b":2,"c":3,"d":4.5}');
