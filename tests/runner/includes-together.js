/*---
description: Several includes load in order into one global scope
includes: [compareArray.js, propertyHelper.js, deepEqual.js, testTypedArray.js, compareIterator.js]
---*/
assert.compareArray([1], [1]);
verifyProperty({ a: 1 }, 'a', { value: 1 });
assert.deepEqual({}, {});
assert.sameValue(typeof testWithTypedArrayConstructors, 'function');
assert.sameValue(typeof assert.compareIterator, 'function');
