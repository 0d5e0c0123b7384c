/*---
description: assert, assert.sameValue, assert.notSameValue and their messages
---*/
assert(true, 'true passes');
assert.throws(Test262Error, function () { assert(1); }, 'only true passes, not truthy');
assert.sameValue(NaN, NaN, 'NaN is the same value as NaN');
assert.notSameValue(0, -0, '+0 and -0 differ');
assert.notSameValue({}, {}, 'distinct objects differ');
assert.throws(Test262Error, function () { assert.sameValue(0, -0); });
assert.throws(Test262Error, function () { assert.notSameValue(NaN, NaN); });
var message;
try { assert.sameValue(1, 2, 'custom'); } catch (e) { message = e.message; }
assert.sameValue(message, 'custom Expected SameValue(\u00ab1\u00bb, \u00ab2\u00bb) to be true');
try { assert(false); } catch (e) { message = e.message; }
assert.sameValue(message, 'Expected true but got false');
assert.sameValue(assert._isSameValue(-0, 0), false);
assert.sameValue(assert._isSameValue('a', 'a'), true);
