/*---
description: assert.throws demands exactly the constructor, and an object
---*/
assert.throws(TypeError, function () { null.x; });
assert.throws(Test262Error, function () { assert.throws(TypeError, function () {}); },
  'no throw at all');
assert.throws(Test262Error, function () {
  assert.throws(Error, function () { throw new TypeError(); });
}, 'a subclass is not the constructor');
assert.throws(Test262Error, function () {
  assert.throws(TypeError, function () { throw 'TypeError'; });
}, 'a primitive is not an error');
assert.throws(Test262Error, function () { assert.throws(TypeError); }, 'needs a function');
var msg;
try { assert.throws(RangeError, function () {}); } catch (e) { msg = e.message; }
assert.sameValue(msg, 'Expected a RangeError to be thrown but no exception was thrown at all');
