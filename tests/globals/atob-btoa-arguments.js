/*---
description: atob and btoa require one argument and convert it with ToString
---*/
assert.throws(TypeError, function () { atob(); });
assert.throws(TypeError, function () { btoa(); });
try {
  atob();
} catch (e) {
  assert.sameValue(e.message, 'The "input" argument must be specified');
  assert.sameValue(e.code, 'ERR_MISSING_ARGS');
}
assert.sameValue(atob(null), '\u009e\u00e9e', '"null" is valid base64');
assert.sameValue(atob({ toString: function () { return 'YWJj'; } }), 'abc');
assert.sameValue(btoa({ toString: function () { return 'ab'; }, valueOf: function () { return 1; } }), 'YWI=',
  'ToString uses toString first');
assert.throws(TypeError, function () { atob(Symbol('s')); });
assert.sameValue(atob.length, 1);
assert.sameValue(btoa.length, 1);
assert.sameValue(atob.name, 'atob');
