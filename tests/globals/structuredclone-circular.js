/*---
description: structuredClone preserves circular and shared references within the cloned graph
---*/
var o = { name: 'root', list: [] };
o.self = o;
o.list.push(o, o.list);
var shared = { s: 1 };
o.a = shared;
o.b = [shared];
var c = structuredClone(o);
assert.notSameValue(c, o);
assert.sameValue(c.self, c);
assert.sameValue(c.list[0], c);
assert.sameValue(c.list[1], c.list);
assert.notSameValue(c.a, shared);
assert.sameValue(c.a, c.b[0], 'shared object cloned once');
var m = new Map();
m.set('me', m);
var mc = structuredClone(m);
assert.sameValue(mc.get('me'), mc);
var e = new Error('loop');
e.cause = { error: e };
var ec = structuredClone(e);
assert.sameValue(ec.cause.error, ec, 'cycle through an error cause');
