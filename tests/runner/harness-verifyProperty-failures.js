/*---
description: verifyProperty throws a Test262Error on any mismatch
includes: [propertyHelper.js]
---*/
function fresh() { return Object.defineProperty({}, 'p', { value: 1, writable: true, enumerable: true, configurable: true }); }
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', { value: 2 }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', { writable: false }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', { enumerable: false }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', { configurable: false }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'q', { value: 1 }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', { valu: 1 }); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p', undefined); });
assert.throws(Test262Error, function () { verifyProperty(fresh(), 'p'); });
