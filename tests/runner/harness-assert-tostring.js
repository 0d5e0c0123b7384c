/*---
description: assert._toString renders values String() cannot
---*/
assert.sameValue(assert._toString(Symbol('s')), 'Symbol(s)');
assert.sameValue(assert._toString(-0), '-0');
assert.sameValue(assert._toString(0), '0');
assert.sameValue(assert._toString(Object.create(null)), '[object Object]');
assert.sameValue(assert._toString([1, 2]), '1,2');
assert.sameValue(assert._toString(undefined), 'undefined');
assert.throws(Test262Error, function () { assert.sameValue(Symbol('a'), Symbol('a')); });
