/*---
description: testWithTypedArrayConstructors visits every constructor and names the failing one
includes: [testTypedArray.js]
---*/
var seen = [];
testWithTypedArrayConstructors(function (TA) {
  assert(Object.getPrototypeOf(TA) === TypedArray, TA.name + ' inherits from %TypedArray%');
  seen.push(TA.name);
});
assert.sameValue(seen.length, 9);
assert(seen.indexOf('Uint8ClampedArray') >= 0);
var msg;
try {
  testWithTypedArrayConstructors(function (TA) { if (TA === Int16Array) throw new Test262Error('bad'); });
} catch (e) { msg = e.message; }
assert.sameValue(msg, 'bad (Testing with Int16Array.)');
var only = [];
testWithTypedArrayConstructors(function (TA) { only.push(TA); }, [Float32Array]);
assert.sameValue(only.length, 1);
