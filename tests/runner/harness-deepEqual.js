/*---
description: assert.deepEqual compares structure
includes: [deepEqual.js]
---*/
assert.deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.deepEqual(new Map([[1, 'x']]), new Map([[1, 'x']]));
assert.deepEqual(new Set([1, 2]), new Set([1, 2]));
assert.deepEqual([NaN], [NaN]);
var c1 = { v: 1 }; c1.self = c1;
var c2 = { v: 1 }; c2.self = c2;
assert.deepEqual(c1, c2);
assert.throws(Test262Error, function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
assert.throws(Test262Error, function () { assert.deepEqual([1, 2], [1, 2, 3]); });
assert.throws(Test262Error, function () { assert.deepEqual([0], [-0]); });
assert.throws(Test262Error, function () { assert.deepEqual(new Set([1]), new Set([2])); });
var msg;
try { assert.deepEqual({ a: 'x' }, { a: 'y' }, 'ctx'); } catch (e) { msg = e.message; }
assert.sameValue(msg, 'Expected {a: "x"} to be structurally equal to {a: "y"}. ctx');
