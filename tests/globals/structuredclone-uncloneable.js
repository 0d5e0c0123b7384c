/*---
description: structuredClone throws a DataCloneError naming the value for functions, symbols, WeakMaps, Promises and the like
---*/
function failure(value) {
  try {
    structuredClone(value);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
  return 'no error';
}
assert.sameValue(failure(function () {}), 'DataCloneError: function () {} could not be cloned.');
assert.sameValue(failure({ a: { b: () => 1 } }), 'DataCloneError: () => 1 could not be cloned.', 'nested');
assert.sameValue(failure(Symbol('x')), 'DataCloneError: Symbol(x) could not be cloned.');
assert.sameValue(failure(new Set([Symbol()])), 'DataCloneError: Symbol() could not be cloned.');
assert.sameValue(failure(new WeakMap()), 'DataCloneError: #<WeakMap> could not be cloned.');
assert.sameValue(failure(new WeakSet()), 'DataCloneError: #<WeakSet> could not be cloned.');
assert.sameValue(failure(Promise.resolve()), 'DataCloneError: #<Promise> could not be cloned.');
assert.sameValue(failure(Object(Symbol('y'))), 'DataCloneError: [object Symbol] could not be cloned.');
assert.sameValue(failure((function* () {})()), 'DataCloneError: [object Generator] could not be cloned.');
try {
  structuredClone(Math.max);
} catch (e) {
  assert.sameValue(e.code, 25, 'the DataCloneError code');
  assert.sameValue(e instanceof Error, true);
}
