/*---
description: compareArray and assert.compareArray
includes: [compareArray.js]
---*/
assert(compareArray([1, NaN, 'a'], [1, NaN, 'a']));
assert(!compareArray([0], [-0]), 'elements compare with SameValue');
assert(!compareArray([1, 2], [1]));
assert.compareArray([], []);
assert.compareArray({ length: 2, 0: 'x', 1: 'y' }, ['x', 'y'], 'array-likes work');
var msg;
try { assert.compareArray([1, 'b'], [1, 'c'], 'ctx'); } catch (e) { msg = e.message; }
assert.sameValue(msg, 'ctx Expected [1, "b"] and [1, "c"] to have the same contents.');
assert.throws(Test262Error, function () { assert.compareArray(null, []); });
