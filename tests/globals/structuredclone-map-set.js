/*---
description: structuredClone copies Map and Set entries in order, cloning keys and values and keeping shared ones shared
includes: [compareArray.js]
---*/
var key = { k: 1 };
var m = new Map([[key, key], [1, 'one'], [NaN, -0]]);
var mc = structuredClone(m);
assert.notSameValue(mc, m);
assert.sameValue(mc.size, 3);
var entries = Array.from(mc);
assert.notSameValue(entries[0][0], key);
assert.sameValue(entries[0][0], entries[0][1], 'a key also used as value stays one object');
assert.sameValue(entries[0][0].k, 1);
assert.sameValue(mc.get(1), 'one');
assert.sameValue(mc.get(NaN), -0);

var o = {};
var s = new Set(['a', o, 2]);
var pair = structuredClone([s, o]);
assert.compareArray(Array.from(pair[0]).slice(0, 1), ['a']);
assert.sameValue(Array.from(pair[0])[1], pair[1], 'identity across the set and the array');
assert.sameValue(pair[0].has(2), true);
