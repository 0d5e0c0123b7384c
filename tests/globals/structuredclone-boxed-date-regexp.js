/*---
description: structuredClone copies boxed primitives, Dates and RegExps (flags kept, lastIndex reset, extra properties dropped)
---*/
var n = structuredClone(new Number(-0));
assert.sameValue(typeof n, 'object');
assert.sameValue(n.valueOf(), -0);
assert.sameValue(structuredClone(new String('ab')).valueOf(), 'ab');
assert.sameValue(structuredClone(new Boolean(false)).valueOf(), false);
assert.sameValue(structuredClone(Object(5n)).valueOf(), 5n);

var d = new Date(86400000);
d.extra = 1;
var dc = structuredClone(d);
assert.notSameValue(dc, d);
assert.sameValue(dc.getTime(), 86400000);
assert.sameValue(dc.extra, undefined);
assert.sameValue(isNaN(structuredClone(new Date(NaN)).getTime()), true);

var r = /a+b/gimsy;
r.lastIndex = 3;
var rc = structuredClone(r);
assert.notSameValue(rc, r);
assert.sameValue(rc.source, 'a+b');
assert.sameValue(rc.flags, 'gimsy');
assert.sameValue(rc.lastIndex, 0);
assert.sameValue(Object.getPrototypeOf(rc), RegExp.prototype);
