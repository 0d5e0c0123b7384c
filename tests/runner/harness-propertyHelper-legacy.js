/*---
description: The one-attribute verify* functions
includes: [propertyHelper.js]
---*/
var o = { w: 1 };
Object.defineProperty(o, 'fixed', { value: 2, writable: false, enumerable: false, configurable: false });
verifyEqualTo(o, 'w', 1);
verifyWritable(o, 'w');
assert.sameValue(o.w, 1, 'the probe write was undone');
verifyNotWritable(o, 'fixed');
verifyEnumerable(o, 'w');
verifyNotEnumerable(o, 'fixed');
verifyNotConfigurable(o, 'fixed');
verifyConfigurable(o, 'w');
assert.sameValue('w' in o, false, 'verifyConfigurable deletes');
assert.throws(Test262Error, function () { verifyEqualTo(o, 'fixed', 3); });
assert.throws(Test262Error, function () { verifyWritable(o, 'fixed'); });
assert.throws(Test262Error, function () { verifyConfigurable(o, 'fixed'); });
assert.throws(Test262Error, function () { verifyEnumerable(o, 'fixed'); });
