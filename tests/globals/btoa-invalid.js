/*---
description: btoa throws an InvalidCharacterError for any code unit above U+00FF
---*/
var inputs = ['\u0100', 'abc\u20ac', '\ud83d\ude00', '\uffff'];
for (var i = 0; i < inputs.length; i++) {
  try {
    btoa(inputs[i]);
    throw new Test262Error('no error for ' + JSON.stringify(inputs[i]));
  } catch (e) {
    assert.sameValue(e.name, 'InvalidCharacterError');
    assert.sameValue(e.message, 'Invalid character');
    assert.sameValue(e.code, 5);
    assert.sameValue(e instanceof Error, true);
  }
}
assert.throws(TypeError, function () { btoa(Symbol('s')); });
