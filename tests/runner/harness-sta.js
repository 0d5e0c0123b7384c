/*---
description: Test262Error, its thrower, and $DONOTEVALUATE
---*/
var e = new Test262Error('msg');
assert.sameValue(e.message, 'msg');
assert.sameValue(String(e), 'Test262Error: msg');
assert.sameValue(new Test262Error().message, '');
assert.sameValue(e instanceof Error, false, 'not an Error, so it cannot pass for one');
assert.throws(Test262Error, function () { Test262Error.thrower('t'); });
var thrown;
try { $DONOTEVALUATE(); } catch (x) { thrown = x; }
assert.sameValue(typeof thrown, 'string');
