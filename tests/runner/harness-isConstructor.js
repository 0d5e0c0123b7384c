/*---
description: isConstructor tells constructors from other functions without calling them
includes: [isConstructor.js]
---*/
var called = false;
function F() { called = true; }
assert.sameValue(isConstructor(F), true);
assert.sameValue(called, false, 'F was not called');
assert.sameValue(isConstructor(class {}), true);
assert.sameValue(isConstructor(() => {}), false);
assert.sameValue(isConstructor(Math.max), false);
assert.sameValue(isConstructor(async function () {}), false);
assert.sameValue(isConstructor(function* () {}), false);
assert.throws(Test262Error, function () { isConstructor(1); });
