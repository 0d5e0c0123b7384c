/*---
description: atob throws InvalidCharacterError for bad characters, bad padding and a length of 4n+1
---*/
function failure(input) {
  try {
    atob(input);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
  return 'no error';
}
var invalid = 'InvalidCharacterError: Invalid character';
var badLength = 'InvalidCharacterError: The string to be decoded is not correctly encoded.';
assert.sameValue(failure('ab~c'), invalid, 'character outside the alphabet');
assert.sameValue(failure('a-b_'), invalid, 'base64url characters');
assert.sameValue(failure('YWJj\u000b'), invalid, 'vertical tab is not whitespace here');
assert.sameValue(failure('YWJj\u00a0'), invalid, 'nor is NBSP');
assert.sameValue(failure('ab=c'), invalid, 'data after padding');
assert.sameValue(failure('ab='), invalid, 'padding that does not complete a quantum');
assert.sameValue(failure('abc=='), invalid);
assert.sameValue(failure('a==='), invalid, 'three padding characters');
assert.sameValue(failure('===='), invalid);
assert.sameValue(failure('a'), badLength);
assert.sameValue(failure('abcde'), badLength);
assert.sameValue(failure('A=='), badLength, 'a lone sextet is reported as bad length');
assert.sameValue(failure(undefined), badLength, '"undefined" has nine characters');
