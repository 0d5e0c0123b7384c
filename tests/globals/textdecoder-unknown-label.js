/*---
description: An unknown TextDecoder label throws Node's RangeError ERR_ENCODING_NOT_SUPPORTED naming the label as given
---*/
assert.throws(RangeError, function () { new TextDecoder('utf-7'); });
assert.throws(RangeError, function () { new TextDecoder(''); });
try {
  new TextDecoder(' foo ');
  throw new Test262Error('no error');
} catch (e) {
  assert.sameValue(e.constructor, RangeError);
  assert.sameValue(e.message, 'The " foo " encoding is not supported');
  assert.sameValue(e.code, 'ERR_ENCODING_NOT_SUPPORTED');
}
