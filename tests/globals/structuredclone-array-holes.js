/*---
description: structuredClone keeps array holes, length and extra non-index properties
includes: [compareArray.js]
---*/
var a = [1, , 3];
a.length = 5;
a.foo = 'x';
var c = structuredClone(a);
assert.sameValue(Array.isArray(c), true);
assert.sameValue(c.length, 5);
assert.sameValue(1 in c, false, 'hole kept');
assert.sameValue(4 in c, false);
assert.sameValue(c.foo, 'x');
assert.compareArray(Object.keys(c), ['0', '2', 'foo']);
var sparse = [];
sparse[100000] = 'last';
var sc = structuredClone(sparse);
assert.sameValue(sc.length, 100001);
assert.compareArray(Object.keys(sc), ['100000']);
